package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/relations"
)

// hostileDir holds the hostile suite of the relations package: files
// that others made badly, one problem (or one cascade) each.
const hostileDir = "../../relations/testdata/hostile"

// hostileFile is a file of the suite to validate: a path on disk, and
// for a file within the default limits but past lower ones, the flags
// that set them and the options that set them in the library.
type hostileFile struct {
	name, path string
	flags      []string
	opts       relations.ReadOptions
}

// hostileFiles returns the files of the suite, and files too large to
// commit, written to dir: a line over the 1 MiB limit, nesting 10,000
// deep, a name of 1 MiB; and files past limits set lower by flags. The
// valid bases of the suite are left out.
func hostileFiles(t *testing.T, dir string) []hostileFile {
	t.Helper()
	entries, err := os.ReadDir(hostileDir)
	if err != nil {
		t.Fatal(err)
	}
	var files []hostileFile
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), "valid.") {
			files = append(files, hostileFile{name: e.Name(), path: filepath.Join(hostileDir, e.Name())})
		}
	}
	base := func(ext string) string {
		data, err := os.ReadFile(filepath.Join(hostileDir, "valid."+ext))
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	// A state after the others, which nothing refers to.
	line := func(members string) string { return base("jsonl") + `{"entity":"state","id":"TR",` + members + "}\n" }
	element := func(members string) string {
		const last = `{"id": "IR", "name": "Iran"}]`
		return strings.Replace(base("json"), last, strings.TrimSuffix(last, "]")+`, {"id": "TR", `+members+`}]`, 1)
	}
	// Five states with a misspelt member, one a line.
	var capitols strings.Builder
	for _, s := range []string{`"GE","name":"Georgia","capitol":"Tbilisi"`, `"AM","name":"Armenia","capitol":"Yerevan"`, `"TR","name":"Türkiye","capitol":"Ankara"`,
		`"KZ","name":"Kazakhstan","capitol":"Astana"`, `"UZ","name":"Uzbekistan","capitol":"Tashkent"`} {
		capitols.WriteString(`{"entity":"state","id":` + s + "}\n")
	}
	deep := strings.Repeat("[", 10000) + strings.Repeat("]", 10000)
	mib := `"name": "` + strings.Repeat("x", 1<<20) + `"`
	for name, data := range map[string]string{
		"gen-line-too-long.jsonl": line(`"name":"Türkiye","aliases":[` + strings.Repeat(`"Turkey",`, 120000) + `"Turkey"]`),
		"gen-deep.jsonl":          line(`"name":"Türkiye","aliases":` + deep),
		"gen-deep.json":           element(`"name": "Türkiye", "aliases": ` + deep),
		"gen-name-1mib.jsonl":     line(mib),
		"gen-name-1mib.json":      element(mib),
	} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, hostileFile{name: name, path: path})
	}
	for _, g := range []struct {
		name, data string
		flags      []string
		opts       relations.ReadOptions
	}{
		// The valid document, of 1,161 bytes, past a limit of 1,024.
		{"gen-document-too-large.json", base("json"), []string{"-max-document-bytes", "1024"}, relations.ReadOptions{MaxDocumentBytes: 1024}},
		// The valid lines, the meeting's of 300 bytes past a limit of 256.
		{"gen-line-past-limit.jsonl", base("jsonl"), []string{"-max-line-bytes", "256"}, relations.ReadOptions{MaxLineBytes: 256}},
		// A signatory's party at depth 4 of its line, past a limit of 3.
		{"gen-depth.jsonl", base("jsonl") + `{"entity":"agreement","id":"az-ir-mou","kind":"memorandum_of_understanding","title":"Memorandum of Understanding","parties":[{"state":"AZ"},{"state":"IR"}],"signatories":[{"official":"karimov","for":{"state":"AZ"}}],"sources":["azernews"]}` + "\n",
			[]string{"-max-depth", "3"}, relations.ReadOptions{MaxDepth: 3}},
		// An event's title of 2,000 bytes, past a limit of 1,000.
		{"gen-long-string.jsonl", base("jsonl") + `{"entity":"event","id":"az-film-days","kind":"cultural_week","title":"` + strings.Repeat("x", 2000) + `","history":[{"status":"announced","sources":["azernews"]}],"sources":["azernews"]}` + "\n",
			[]string{"-max-string-bytes", "1000"}, relations.ReadOptions{MaxStringBytes: 1000}},
		// Five states with a misspelt member, three problems allowed.
		{"gen-max-problems.jsonl", base("jsonl") + capitols.String(),
			[]string{"-max-problems", "3"}, relations.ReadOptions{MaxProblems: 3}},
		// Four topics not of the vocabulary, two problems allowed.
		{"gen-max-problems.json", strings.Replace(base("json"), `"topics": ["cinema"]`, `"topics": ["kino", "film", "movies", "theatre"]`, 1),
			[]string{"-max-problems", "2"}, relations.ReadOptions{MaxProblems: 2}},
	} {
		path := filepath.Join(dir, g.name)
		if err := os.WriteFile(path, []byte(g.data), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, hostileFile{g.name, path, g.flags, g.opts})
	}
	return files
}

// libraryProblems returns the problems the library finds in file, read
// with opts.
func libraryProblems(t *testing.T, file string, opts relations.ReadOptions) []amity.FieldError {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	read := relations.ReadJSON
	if strings.HasSuffix(file, ".jsonl") {
		read = relations.ReadJSONL
	}
	_, err = read(bytes.NewReader(data), opts)
	problems := amity.Errors(err)
	if len(problems) == 0 {
		t.Fatalf("the library finds no problem in %s: %v", file, err)
	}
	// amity places the problems found once the bytes were gone.
	if problems, err = relations.Place(bytes.NewReader(data), strings.HasSuffix(file, ".jsonl"), problems); err != nil {
		t.Fatal(err)
	}
	return problems
}

// printed is how amity prints problem p of file: FILE:LINE:COLUMN:
// message, without the column where it is not known.
func printed(file string, p amity.FieldError) string {
	at := fmt.Sprintf("%s:%d", file, p.Line)
	if p.Column > 0 {
		at += fmt.Sprintf(":%d", p.Column)
	}
	return at + ": " + p.Message()
}

// noCrash fails the test if out shows a crash, or a crash recovered.
func noCrash(t *testing.T, name, out string) {
	t.Helper()
	for _, s := range []string{"panic", "goroutine", "internal error", "runtime error"} {
		if strings.Contains(out, s) {
			t.Errorf("%s shows a crash (%q):\n%s", name, s, out)
		}
	}
}

// TestValidateHostile runs amity validate on every file of the hostile
// suite: exit status 1, on stdout one line a problem, FILE:LINE:COLUMN:
// (or FILE:LINE: where the column is not known) and the library's message, on stderr the count, no crash; and a valid file
// validated after each one is valid.
func TestValidateHostile(t *testing.T) {
	doc, lines := storyFiles(t)
	for _, f := range hostileFiles(t, t.TempDir()) {
		t.Run(f.name, func(t *testing.T) {
			problems := libraryProblems(t, f.path, f.opts)
			status, stdout, stderr := runCmd(append(append([]string{"validate"}, f.flags...), f.path)...)
			noCrash(t, "stdout", stdout)
			noCrash(t, "stderr", stderr)
			if status != exitInvalid {
				t.Errorf("exit status %d, want %d", status, exitInvalid)
			}
			var want []string
			for _, p := range problems {
				want = append(want, printed(f.path, p))
			}
			got := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("stdout, one line a problem (-want +got):\n%s", diff)
			}
			located := regexp.MustCompile(`^` + regexp.QuoteMeta(f.path) + `:[1-9][0-9]*(:[1-9][0-9]*)?: `)
			for _, l := range got {
				if !located.MatchString(l) {
					t.Errorf("line %q does not start with %s:LINE: or %s:LINE:COLUMN:", l, f.path, f.path)
				}
			}
			if want := f.path + ": " + countProblems(len(problems), f.opts.MaxProblems) + "\n"; stderr != want {
				t.Errorf("stderr = %q, want %q", stderr, want)
			}
			if f.flags != nil {
				// The story need not keep within the lower limits: the
				// file is checked alone.
				return
			}

			// The command keeps nothing of one file for the next.
			status, stdout, stderr = runCmd("validate", f.path, doc, lines)
			if status != exitInvalid || !strings.Contains(stdout, doc+": valid,") || !strings.Contains(stdout, lines+": valid,") {
				t.Errorf("validating %s, then the story: exit status %d, stdout:\n%s\nstderr:\n%s", f.path, status, stdout, stderr)
			}
			status, stdout, _ = runCmd("validate", doc, lines)
			if status != exitOK || strings.Count(stdout, ": valid,") != 2 {
				t.Errorf("the story after %s: exit status %d, stdout:\n%s", f.path, status, stdout)
			}
		})
	}
}

// TestValidateHostileStdin checks a hostile file read from standard
// input: the problems are those of the file, located in "-".
func TestValidateHostileStdin(t *testing.T) {
	file := filepath.Join(hostileDir, "enc-case-keys.jsonl")
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	status := run([]string{"validate", "-format", "jsonl", "-"}, bytes.NewReader(data), &stdout, &stderr)
	if status != exitInvalid {
		t.Errorf("exit status %d, want %d", status, exitInvalid)
	}
	var want []string
	for _, p := range libraryProblems(t, file, relations.ReadOptions{}) {
		want = append(want, printed("-", p))
	}
	if diff := cmp.Diff(want, strings.Split(strings.TrimSuffix(stdout.String(), "\n"), "\n")); diff != "" {
		t.Errorf("stdout (-want +got):\n%s", diff)
	}
	noCrash(t, "stderr", stderr.String())
}
