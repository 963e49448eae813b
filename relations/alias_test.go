package relations_test

import (
	"reflect"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amitydata/amity/internal/synth"
	"github.com/amitydata/amity/relations"
)

// TestNothingReturnedAliases takes every value every method of a
// Dataset returns, and changes everything in it that can be changed —
// every string, number and bool, every element of every slice up to its
// capacity, the order of every slice, every entry of every map, and a
// new key in each — while other goroutines query the dataset. Then every
// method answers as it did before. Run it with -race: a returned value
// that shares memory with the dataset is a race with the queries too.
func TestNothingReturnedAliases(t *testing.T) {
	empty, err := relations.New(relations.Records{})
	if err != nil {
		t.Fatal(err)
	}
	nothing := callAll(t, empty, storySubjects())
	archive := func() relations.Records {
		return synth.Generate(synth.Config{Seed: 5, Meetings: 1000, States: 20, Ministries: 40, Organizations: 20, Officials: 200})
	}
	a := archive()
	for _, c := range []struct {
		name    string
		records func() relations.Records // the same records, in new memory, on each call
		s       subjects
		full    bool // every method has something to say
	}{
		{"story", storyRecords, storySubjects(), true},
		{"archive", archive, recordSubjects(&a), false},
	} {
		t.Run(c.name, func(t *testing.T) {
			// The answers of a twin of d, which shares no memory with
			// it, are what d answers before and after.
			twin, err := relations.New(c.records())
			if err != nil {
				t.Fatal(err)
			}
			d, err := relations.New(c.records())
			if err != nil {
				t.Fatal(err)
			}
			want := callAll(t, twin, c.s)
			for name, answers := range want {
				if c.full && cmp.Equal(nothing[name], answers) {
					t.Errorf("%s gives what it gives on an empty dataset: the test would not see it change", name)
				}
			}
			got := callAll(t, d, c.s)
			var wg sync.WaitGroup
			for range 2 {
				wg.Go(func() {
					for range 3 {
						callAll(t, d, c.s)
					}
				})
			}
			mutate(reflect.ValueOf(&got).Elem())
			wg.Wait()
			for name := range want {
				if !cmp.Equal(nothing[name], want[name]) && cmp.Equal(want[name], got[name]) {
					t.Errorf("%s: mutate left its answers as they were", name)
				}
			}
			after := callAll(t, d, c.s)
			for name := range want {
				if diff := cmp.Diff(want[name], after[name]); diff != "" {
					t.Errorf("%s answers otherwise once what the methods returned is changed (-want +got):\n%s", name, diff)
				}
			}
		})
	}
}

// mutate changes what v holds and reaches, in place, wherever it can: a
// string becomes "mutated", a number grows by one, a bool flips; a slice
// is reversed and each of its elements, up to its capacity, mutated; each
// entry of a map is mutated, and a new key added; the exported fields of
// a struct, what a pointer points to, and the value in an interface are
// mutated.
func mutate(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		if v.CanSet() {
			v.SetString("mutated")
		}
	case reflect.Bool:
		if v.CanSet() {
			v.SetBool(!v.Bool())
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if v.CanSet() {
			v.SetInt(v.Int() + 1)
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if v.CanSet() {
			v.SetUint(v.Uint() + 1)
		}
	case reflect.Float32, reflect.Float64:
		if v.CanSet() {
			v.SetFloat(v.Float() + 1)
		}
	case reflect.Slice:
		if v.Len() > 1 && v.CanInterface() {
			swap := reflect.Swapper(v.Interface())
			for i, j := 0, v.Len()-1; i < j; i, j = i+1, j-1 {
				swap(i, j)
			}
		}
		full := v.Slice3(0, v.Cap(), v.Cap())
		for i := range full.Len() {
			mutate(full.Index(i))
		}
	case reflect.Array:
		for i := range v.Len() {
			mutate(v.Index(i))
		}
	case reflect.Map:
		if v.IsNil() || !v.CanSet() {
			return
		}
		for _, k := range v.MapKeys() {
			e := reflect.New(v.Type().Elem()).Elem()
			e.Set(v.MapIndex(k))
			mutate(e)
			v.SetMapIndex(k, e)
		}
		k := reflect.New(v.Type().Key()).Elem()
		mutate(k)
		if !v.MapIndex(k).IsValid() {
			v.SetMapIndex(k, reflect.New(v.Type().Elem()).Elem())
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				mutate(v.Field(i))
			}
		}
	case reflect.Pointer:
		if !v.IsNil() {
			mutate(v.Elem())
		}
	case reflect.Interface:
		if v.IsNil() {
			return
		}
		e := reflect.New(v.Elem().Type()).Elem()
		e.Set(v.Elem())
		mutate(e)
		if v.CanSet() {
			v.Set(e)
		}
	}
}
