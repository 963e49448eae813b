package rulegen

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"reflect"
	"strings"

	"github.com/amitydata/amity/relations"
)

// Module is the path of amity's module.
const Module = "github.com/amitydata/amity"

// FileName is the name of the generated file in each package.
const FileName = "valid_generated.go"

// Reachable returns the types reachable from the fields of
// relations.Records — through pointers, lists, maps and struct fields —
// each once, in the order they are first reached.
func Reachable() []reflect.Type {
	var out []reflect.Type
	seen := map[reflect.Type]bool{}
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		if seen[t] {
			return
		}
		seen[t] = true
		out = append(out, t)
		switch t.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Array:
			walk(t.Elem())
		case reflect.Map:
			walk(t.Key())
			walk(t.Elem())
		case reflect.Struct:
			for f := range t.Fields() {
				walk(f.Type)
			}
		}
	}
	walk(reflect.TypeFor[relations.Records]())
	return out
}

// Types returns, by package import path, the struct types of amity's
// entities that have a Validate method, of those [Reachable] returns, in
// its order.
func Types() map[string][]reflect.Type {
	out := map[string][]reflect.Type{}
	for _, t := range Reachable() {
		if _, ok := t.MethodByName("Validate"); ok && t.Kind() == reflect.Struct && InModule(t.PkgPath()) {
			out[t.PkgPath()] = append(out[t.PkgPath()], t)
		}
	}
	return out
}

// InModule reports whether the package of import path path is amity's.
func InModule(path string) bool { return path == Module || strings.HasPrefix(path, Module+"/") }

// Dir returns the directory, below the module's root, of package path.
func Dir(path string) string {
	if path == Module {
		return "."
	}
	return strings.TrimPrefix(path, Module+"/")
}

// Files returns the generated file of each package that has entity types,
// keyed by its path below root, the directory of the module's source, in
// which it finds which types have a method check, or Check with a path.
func Files(root string) (map[string][]byte, error) {
	out := map[string][]byte{}
	for pkg, types := range Types() {
		dir := filepath.Join(root, Dir(pkg))
		checks, err := checkMethods(dir)
		if err != nil {
			return nil, err
		}
		var ts []Type
		for _, t := range types {
			ts = append(ts, Type{T: t, Check: checks[t.Name()] == "check", CheckAt: checks[t.Name()] == "Check"})
		}
		src, err := File(pkg, ts)
		if err != nil {
			return nil, err
		}
		out[filepath.Join(Dir(pkg), FileName)] = src
	}
	return out, nil
}

// checkMethods returns the names of the types of the package in dir that
// have a method check() or, if not, Check(path), read from its non-test
// Go files, with the name of the method.
func checkMethods(dir string) (map[string]string, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	fset := token.NewFileSet()
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") || filepath.Base(name) == FileName {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv == nil || len(fd.Recv.List) != 1 {
				continue
			}
			switch n := fd.Name.Name; {
			case n == "check" && fd.Type.Params.NumFields() == 0:
			case n == "Check" && fd.Type.Params.NumFields() == 1:
			default:
				continue
			}
			rt := fd.Recv.List[0].Type
			if st, ok := rt.(*ast.StarExpr); ok {
				rt = st.X
			}
			if id, ok := rt.(*ast.Ident); ok && out[id.Name] != "check" {
				out[id.Name] = fd.Name.Name
			}
		}
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("rulegen: no Go files in %s", dir)
	}
	return out, nil
}
