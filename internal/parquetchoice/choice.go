// Package parquetchoice measures the two Go Parquet libraries amity could
// write its tables with, github.com/parquet-go/parquet-go and
// github.com/apache/arrow-go/v18 (its pqarrow writer), on the same rows:
// the meetings and the participants of a synthetic archive, with zstd, in
// row groups of rowGroup rows. It is a module of its own, so that amity
// does not depend on the library it does not choose; run its benchmarks
// from this directory (see BENCHMARKS.md, "Parquet: the choice of
// library").
package parquetchoice

import (
	"context"
	"fmt"
	"io"
	"reflect"
	"strings"
	"time"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"
	aparquet "github.com/apache/arrow-go/v18/parquet"
	"github.com/apache/arrow-go/v18/parquet/compress"
	"github.com/apache/arrow-go/v18/parquet/pqarrow"
	"github.com/parquet-go/parquet-go"

	"github.com/amitydata/amity"
	"github.com/amitydata/amity/events"
)

// rowGroup is the rows of a row group, for both libraries.
const rowGroup = 128 << 10

// MeetingRow is a row of the meetings table, as both libraries write it.
type MeetingRow struct {
	ID           string `parquet:"id"`
	Date         int32  `parquet:"date,date"`
	Precision    string `parquet:"date_precision"`
	Title        string `parquet:"title"`
	Host         string `parquet:"host"`
	PlaceCountry string `parquet:"place_country"`
	PlaceCity    string `parquet:"place_city"`
	Visit        string `parquet:"visit"`
	Summary      string `parquet:"summary"`
}

// ParticipantRow is a row of the participants table.
type ParticipantRow struct {
	Meeting  string `parquet:"meeting_id"`
	Index    int32  `parquet:"index"`
	Official string `parquet:"official"`
	Post     string `parquet:"post"`
	State    string `parquet:"state"`
}

// Rows returns the rows of the two tables of ms.
func Rows(ms []events.Meeting) ([]MeetingRow, []ParticipantRow) {
	meetings := make([]MeetingRow, len(ms))
	var parts []ParticipantRow
	for i := range ms {
		m := &ms[i]
		meetings[i] = MeetingRow{
			ID: string(m.ID), Date: days(m.Date), Precision: m.Date.Precision().String(),
			Title: m.Title, Host: string(m.Host), PlaceCountry: string(m.Place.Country), PlaceCity: m.Place.City,
			Visit: string(m.Visit), Summary: m.Summary,
		}
		for k, p := range m.Participants {
			parts = append(parts, ParticipantRow{string(m.ID), int32(k), string(p.Official), string(p.Post), string(p.State)})
		}
	}
	return meetings, parts
}

// days returns the days from 1970-01-01 to the first day of d.
func days(d amity.Date) int32 {
	f := d.First()
	return int32(time.Date(f.Year(), f.Month(), f.Day(), 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// WriteParquetGo writes rows to w with parquet-go.
func WriteParquetGo[T any](w io.Writer, rows []T) error {
	pw := parquet.NewGenericWriter[T](w, parquet.Compression(&parquet.Zstd), parquet.MaxRowsPerRowGroup(rowGroup))
	for len(rows) > 0 {
		n := min(len(rows), rowGroup)
		if _, err := pw.Write(rows[:n]); err != nil {
			return err
		}
		rows = rows[n:]
	}
	return pw.Close()
}

// ReadParquetGo reads the rows of a file parquet-go or arrow-go wrote.
func ReadParquetGo[T any](r io.ReaderAt) ([]T, error) {
	pr := parquet.NewGenericReader[T](r)
	defer pr.Close()
	out := make([]T, pr.NumRows())
	n, err := pr.Read(out)
	if err != nil && err != io.EOF {
		return nil, err
	}
	if n != len(out) {
		return nil, fmt.Errorf("read %d rows of %d", n, len(out))
	}
	return out, nil
}

// arrowSchema returns the arrow schema of the rows of type T, from the
// parquet tags of its fields: a string is a string column, an int32 an
// int32 column or, tagged date, a date column.
func arrowSchema[T any]() *arrow.Schema {
	t := reflect.TypeFor[T]()
	var fields []arrow.Field
	for f := range t.Fields() {
		name, opt, _ := strings.Cut(f.Tag.Get("parquet"), ",")
		var typ arrow.DataType
		switch {
		case f.Type.Kind() == reflect.String:
			typ = arrow.BinaryTypes.String
		case f.Type.Kind() == reflect.Int32 && opt == "date":
			typ = arrow.FixedWidthTypes.Date32
		case f.Type.Kind() == reflect.Int32:
			typ = arrow.PrimitiveTypes.Int32
		default:
			panic("parquetchoice: no column for field " + f.Name)
		}
		fields = append(fields, arrow.Field{Name: name, Type: typ})
	}
	return arrow.NewSchema(fields, nil)
}

// WriteArrow writes rows to w with arrow-go, a record batch of rowGroup
// rows at a time, in the schema of arrowSchema.
func WriteArrow[T any](w io.Writer, rows []T) error {
	schema := arrowSchema[T]()
	props := aparquet.NewWriterProperties(aparquet.WithCompression(compress.Codecs.Zstd), aparquet.WithMaxRowGroupLength(rowGroup))
	fw, err := pqarrow.NewFileWriter(schema, w, props, pqarrow.DefaultWriterProps())
	if err != nil {
		return err
	}
	b := array.NewRecordBuilder(memory.DefaultAllocator, schema)
	defer b.Release()
	for len(rows) > 0 {
		n := min(len(rows), rowGroup)
		for i := range rows[:n] {
			v := reflect.ValueOf(&rows[i]).Elem()
			for k := range v.NumField() {
				switch fb := b.Field(k).(type) {
				case *array.StringBuilder:
					fb.Append(v.Field(k).String())
				case *array.Date32Builder:
					fb.Append(arrow.Date32(v.Field(k).Int()))
				case *array.Int32Builder:
					fb.Append(int32(v.Field(k).Int()))
				}
			}
		}
		rec := b.NewRecordBatch()
		err := fw.Write(rec)
		rec.Release()
		if err != nil {
			return err
		}
		rows = rows[n:]
	}
	return fw.Close()
}

// ArrowRows returns the number of rows of a Parquet file, as arrow-go
// reads it.
func ArrowRows(r aparquet.ReaderAtSeeker) (int64, error) {
	t, err := pqarrow.ReadTable(context.Background(), r, nil, pqarrow.ArrowReadProperties{}, memory.DefaultAllocator)
	if err != nil {
		return 0, err
	}
	defer t.Release()
	return t.NumRows(), nil
}
