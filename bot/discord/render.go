package discord

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/checkin-bot/checkin/bot"
)

// Discord's limits on one message.
const (
	maxContent     = 2000 // characters of text
	maxRowButtons  = 5    // buttons in an action row
	maxRows        = 5    // action rows in a message
	maxButtonLabel = 80   // characters of a button label
)

// part is one Discord message: a reply, or a piece of a long one.
type part struct {
	content    string
	components []discordgo.MessageComponent
	files      []bot.File
}

// render turns a reply into the Discord messages that carry it: text over
// the limit is split at line breaks, and the buttons and attachments go
// with the last piece, under the words they belong to.
func render(r bot.Reply) ([]part, error) {
	comps, err := components(r.Buttons)
	if err != nil {
		return nil, err
	}
	var files []bot.File
	for _, f := range []*bot.File{r.Image, r.File} {
		if f != nil {
			files = append(files, *f)
		}
	}
	chunks := split(r.Text, maxContent)
	if len(chunks) == 0 {
		if comps == nil && files == nil {
			return nil, nil
		}
		chunks = []string{""}
	}
	parts := make([]part, len(chunks))
	for i, c := range chunks {
		parts[i].content = c
	}
	parts[len(parts)-1].components = comps
	parts[len(parts)-1].files = files
	return parts, nil
}

// components lays the buttons out in action rows: a row longer than five
// is split into even rows, and if that makes more than five rows the
// buttons are packed five to a row. More than 25 cannot be shown at all.
func components(rows [][]bot.Button) ([]discordgo.MessageComponent, error) {
	var laid [][]bot.Button
	total := 0
	for _, row := range rows {
		total += len(row)
		// An over-long row becomes rows of even length: 0–10 as 4, 4, 3.
		n := (len(row) + maxRowButtons - 1) / maxRowButtons
		for k := n; k > 0; k-- {
			size := (len(row) + k - 1) / k
			laid = append(laid, row[:size])
			row = row[size:]
		}
	}
	if total > maxRows*maxRowButtons {
		return nil, fmt.Errorf("discord: %d buttons in one message, at most %d fit", total, maxRows*maxRowButtons)
	}
	if len(laid) > maxRows {
		var flat []bot.Button
		for _, row := range laid {
			flat = append(flat, row...)
		}
		laid = nil
		for len(flat) > 0 {
			n := min(maxRowButtons, len(flat))
			laid = append(laid, flat[:n])
			flat = flat[n:]
		}
	}
	var out []discordgo.MessageComponent
	for _, row := range laid {
		var ar discordgo.ActionsRow
		for _, b := range row {
			ar.Components = append(ar.Components, discordgo.Button{
				Label: truncate(b.Label, maxButtonLabel), Style: discordgo.SecondaryButton, CustomID: b.Data,
			})
		}
		out = append(out, ar)
	}
	return out, nil
}

// split cuts text into pieces of at most limit UTF-16 units (which is how
// Discord counts), preferring a line break, then a space, as the cut.
func split(text string, limit int) []string {
	var out []string
	for text != "" {
		cut, units := len(text), 0
		for i, r := range text {
			units += utf16.RuneLen(r)
			if units > limit {
				cut = i
				break
			}
		}
		if cut < len(text) {
			if i := strings.LastIndexByte(text[:cut], '\n'); i > 0 {
				cut = i + 1
			} else if i := strings.LastIndexByte(text[:cut], ' '); i > 0 {
				cut = i + 1
			}
		}
		if piece := strings.TrimRight(text[:cut], "\n "); piece != "" {
			out = append(out, piece)
		}
		text = text[cut:]
	}
	return out
}

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	if n < 1 {
		return ""
	}
	return string([]rune(s)[:n-1]) + "…"
}

// attachments builds fresh readers for each try of a request.
func attachments(files []bot.File) []*discordgo.File {
	var out []*discordgo.File
	for _, f := range files {
		out = append(out, &discordgo.File{Name: f.Name, ContentType: f.MIME, Reader: bytes.NewReader(f.Data)})
	}
	return out
}

// noMentions keeps every message from pinging anyone, whatever it says.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}
