package jsonschema

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
)

// Source holds what the Go source of some packages says that reflection
// cannot see: doc comments, and the constants of each named type.
type Source struct {
	docs   map[string]string   // "pkgpath.Type" or "pkgpath.Type.Field" -> doc
	consts map[string][]string // "pkgpath.Type" -> exported string constants, in order
}

// ReadSource parses the non-test Go files of the packages in dirs, each a
// directory below root that holds the package module/dir ("." for the
// module's root package).
func ReadSource(root, module string, dirs ...string) (*Source, error) {
	src := &Source{docs: map[string]string{}, consts: map[string][]string{}}
	fset := token.NewFileSet()
	for _, dir := range dirs {
		pkg := path.Join(module, dir)
		files, err := filepath.Glob(filepath.Join(root, dir, "*.go"))
		if err != nil {
			return nil, err
		}
		if len(files) == 0 {
			return nil, fmt.Errorf("jsonschema: no Go files in %s", filepath.Join(root, dir))
		}
		for _, name := range files {
			if strings.HasSuffix(name, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, name, nil, parser.ParseComments|parser.SkipObjectResolution)
			if err != nil {
				return nil, err
			}
			src.file(pkg, f)
		}
	}
	return src, nil
}

func (src *Source) file(pkg string, f *ast.File) {
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok {
			continue
		}
		for _, spec := range gd.Specs {
			switch spec := spec.(type) {
			case *ast.TypeSpec:
				doc := spec.Doc
				if doc == nil && len(gd.Specs) == 1 {
					doc = gd.Doc
				}
				key := pkg + "." + spec.Name.Name
				src.docs[key] = doc.Text()
				st, ok := spec.Type.(*ast.StructType)
				if !ok {
					continue
				}
				for _, fl := range st.Fields.List {
					text := fl.Doc.Text()
					if text == "" {
						text = fl.Comment.Text()
					}
					for _, n := range fieldNames(fl) {
						src.docs[key+"."+n] = text
					}
				}
			case *ast.ValueSpec:
				typ, ok := spec.Type.(*ast.Ident)
				if gd.Tok != token.CONST || !ok || len(spec.Values) != len(spec.Names) {
					continue
				}
				for i, n := range spec.Names {
					lit, ok := spec.Values[i].(*ast.BasicLit)
					if !ok || lit.Kind != token.STRING || !n.IsExported() {
						continue
					}
					if v, err := strconv.Unquote(lit.Value); err == nil {
						key := pkg + "." + typ.Name
						src.consts[key] = append(src.consts[key], v)
					}
				}
			}
		}
	}
}

// fieldNames returns the Go names of a struct field declaration: its
// names, or the type name of an embedded field.
func fieldNames(fl *ast.Field) []string {
	if len(fl.Names) > 0 {
		names := make([]string, len(fl.Names))
		for i, n := range fl.Names {
			names[i] = n.Name
		}
		return names
	}
	t := fl.Type
	if s, ok := t.(*ast.StarExpr); ok {
		t = s.X
	}
	switch t := t.(type) {
	case *ast.Ident:
		return []string{t.Name}
	case *ast.SelectorExpr:
		return []string{t.Sel.Name}
	}
	return nil
}

// Doc returns the doc comment of the named type t, when field is "", or
// of its field with that Go name, as one paragraph: lines joined, doc
// links written as plain names ("see amity.ValidID").
func (src *Source) Doc(t reflect.Type, field string) string {
	key := t.PkgPath() + "." + t.Name()
	if field != "" {
		key += "." + field
	}
	return cleanDoc(src.docs[key])
}

// Consts returns the exported string constants declared with the named
// type t, in the order of their declaration.
func (src *Source) Consts(t reflect.Type) []string {
	return append([]string(nil), src.consts[t.PkgPath()+"."+t.Name()]...)
}

var docLink = regexp.MustCompile(`\[(\*?[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)\]`)

// cleanDoc joins the lines of a doc comment into one paragraph and turns
// doc links into plain names.
func cleanDoc(s string) string {
	s = docLink.ReplaceAllString(s, "$1")
	return strings.Join(strings.Fields(s), " ")
}
