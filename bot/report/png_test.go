package report

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"math/rand/v2"
	"testing"
)

// TestEncodePNGIsLossless decodes the output with image/png and compares
// every pixel: opaque ones exactly, translucent ones as drawn over white.
func TestEncodePNGIsLossless(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	tests := []struct {
		name string
		img  *image.RGBA
	}{
		{"one pixel", image.NewRGBA(image.Rect(0, 0, 1, 1))},
		{"noise", image.NewRGBA(image.Rect(0, 0, 97, 31))},
		{"offset bounds", image.NewRGBA(image.Rect(5, 7, 40, 20))},
		{"sub-image", image.NewRGBA(image.Rect(0, 0, 50, 50)).SubImage(image.Rect(10, 10, 30, 25)).(*image.RGBA)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := tt.img.Bounds()
			for y := b.Min.Y; y < b.Max.Y; y++ {
				for x := b.Min.X; x < b.Max.X; x++ {
					a := uint8(255)
					if r.IntN(5) == 0 {
						a = uint8(r.IntN(256))
					}
					// premultiplied: no channel above alpha
					tt.img.SetRGBA(x, y, color.RGBA{R: uint8(r.IntN(int(a) + 1)), G: uint8(r.IntN(int(a) + 1)), B: uint8(r.IntN(int(a) + 1)), A: a})
				}
			}
			data, err := encodePNG(tt.img)
			if err != nil {
				t.Fatal(err)
			}
			got, err := png.Decode(bytes.NewReader(data))
			if err != nil {
				t.Fatalf("image/png cannot read it: %v", err)
			}
			if got.Bounds().Size() != b.Size() {
				t.Fatalf("size %v, want %v", got.Bounds().Size(), b.Size())
			}
			for y := 0; y < b.Dy(); y++ {
				for x := 0; x < b.Dx(); x++ {
					src := tt.img.RGBAAt(b.Min.X+x, b.Min.Y+y)
					wa := 255 - src.A
					want := color.RGBA{R: src.R + wa, G: src.G + wa, B: src.B + wa, A: 255}
					gr, gg, gb, ga := got.At(got.Bounds().Min.X+x, got.Bounds().Min.Y+y).RGBA()
					if g := (color.RGBA{R: uint8(gr >> 8), G: uint8(gg >> 8), B: uint8(gb >> 8), A: uint8(ga >> 8)}); g != want {
						t.Fatalf("pixel %d,%d = %v, want %v", x, y, g, want)
					}
				}
			}
		})
	}
}
