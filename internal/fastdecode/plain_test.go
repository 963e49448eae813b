package fastdecode

import "testing"

// TestFirstSpecial checks the eight-at-a-time search of firstSpecial
// against a byte at a time, for every byte at every place of strings of 1
// to 17 bytes, alone and after another special byte.
func TestFirstSpecial(t *testing.T) {
	slow := func(s []byte) int {
		for i, c := range s {
			if c < 0x20 || c >= 0x80 || c == '"' || c == '\\' {
				return i
			}
		}
		return len(s)
	}
	for n := 1; n <= 17; n++ {
		for at := range n {
			for c := range 256 {
				for _, second := range []int{-1, 0x7f, '"', 0x1f, 0x80, 0xff} {
					s := make([]byte, n)
					for i := range s {
						s[i] = 'a' + byte(i)
					}
					s[at] = byte(c)
					if second >= 0 && at+1 < n {
						s[at+1] = byte(second)
					}
					if got, want := firstSpecial(s), slow(s); got != want {
						t.Fatalf("firstSpecial(%q) = %d, want %d", s, got, want)
					}
				}
			}
		}
	}
}
