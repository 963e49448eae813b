package relations

import (
	"bufio"
	"fmt"
	"io"

	"github.com/amitydata/amity/internal/jsoncodec"
)

// WriteJSONLV2 writes r as [WriteJSONL] does, with json v2's reflection
// rather than the fast encoder: the bytes the fast encoder must write.
func WriteJSONLV2(w io.Writer, r *Records) error {
	bw := bufio.NewWriter(w)
	enc := jsoncodec.NewEncoder(bw, "")
	for _, c := range codecs() {
		if err := c.write(enc, r, true); err != nil {
			return fmt.Errorf("relations: writing JSON Lines: %w", err)
		}
	}
	return bw.Flush()
}
