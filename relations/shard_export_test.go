package relations

import "io"

// ValidateShardAfterLines checks shard as ValidateShardJSONL does, always
// reading it after the lines of the reference file, never after their
// reading: the behaviour the reading of a shard after a reference read
// once must keep.
func ValidateShardAfterLines(ref []byte, shard io.Reader, opts ReadOptions) (int, error) {
	return NewShardReference(ref, opts).validate(shard, false)
}

// Follows reports whether the shards of r are read after its reading.
func (s *ShardReference) Follows() bool { return s.read != nil }
