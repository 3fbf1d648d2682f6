package dcfake

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"strings"
	"unicode/utf8"
)

// Discord's JSON error codes that the fake answers with.
const (
	CodeUnknownChannel     = 10003
	CodeUnknownMessage     = 10008
	CodeUnknownUser        = 10013
	CodeUnknownInteraction = 10062
	CodeUnauthorized       = 40001
	CodeAlreadyAcked       = 40060
	CodeEmptyMessage       = 50006
	CodeCannotDM           = 50007
	CodeInvalidForm        = 50035
)

// payload is the body of a message create, edit or interaction answer.
type payload struct {
	Content      *string         `json:"content"`
	Components   json.RawMessage `json:"components"`
	Flags        int             `json:"flags"`
	Nonce        string          `json:"nonce"`
	EnforceNonce bool            `json:"enforce_nonce"`
}

type wireComponent struct {
	Type       int             `json:"type"`
	Label      string          `json:"label,omitempty"`
	Style      int             `json:"style,omitempty"`
	CustomID   string          `json:"custom_id,omitempty"`
	Components []wireComponent `json:"components,omitempty"`
}

// apiError is a Discord error answer.
type apiError struct {
	status int
	code   int
	msg    string
}

func (e *apiError) Error() string { return fmt.Sprintf("%d %s (%d)", e.status, e.msg, e.code) }

func invalid(format string, a ...any) *apiError {
	return &apiError{http.StatusBadRequest, CodeInvalidForm, "Invalid Form Body: " + fmt.Sprintf(format, a...)}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, e *apiError) {
	writeJSON(w, e.status, map[string]any{"message": e.msg, "code": e.code})
}

// readBody returns the JSON document of a request and its uploaded files,
// for both plain JSON and multipart (payload_json + files[n]) bodies.
func readBody(r *http.Request) ([]byte, []File, error) {
	mt, params, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mt != "multipart/form-data" {
		b, err := io.ReadAll(r.Body)
		return b, nil, err
	}
	mr := multipart.NewReader(r.Body, params["boundary"])
	var doc []byte
	var files []File
	for {
		p, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, nil, err
		}
		data, err := io.ReadAll(p)
		if err != nil {
			return nil, nil, err
		}
		switch name := p.FormName(); {
		case name == "payload_json":
			doc = data
		case strings.HasPrefix(name, "files["):
			files = append(files, File{Name: p.FileName(), ContentType: p.Header.Get("Content-Type"), Data: data})
		}
	}
	if doc == nil {
		return nil, nil, errors.New("multipart body without payload_json")
	}
	return doc, files, nil
}

// parseButtons decodes and checks components the way Discord does. set is
// false when the field was absent or null, which leaves a message's
// components as they were.
func parseButtons(raw json.RawMessage) (rows [][]Button, set bool, err *apiError) {
	if len(bytes.TrimSpace(raw)) == 0 || string(bytes.TrimSpace(raw)) == "null" {
		return nil, false, nil
	}
	var comps []wireComponent
	if err := json.Unmarshal(raw, &comps); err != nil {
		return nil, false, invalid("components: %v", err)
	}
	if len(comps) > 5 {
		return nil, false, invalid("components: at most 5 action rows, got %d", len(comps))
	}
	rows = [][]Button{}
	for i, row := range comps {
		if row.Type != 1 {
			return nil, false, invalid("components[%d]: type %d is not an action row", i, row.Type)
		}
		if len(row.Components) == 0 || len(row.Components) > 5 {
			return nil, false, invalid("components[%d]: 1 to 5 buttons a row, got %d", i, len(row.Components))
		}
		var buttons []Button
		for j, b := range row.Components {
			switch {
			case b.Type != 2:
				return nil, false, invalid("components[%d][%d]: type %d is not a button", i, j, b.Type)
			case b.CustomID == "" || len(b.CustomID) > 100:
				return nil, false, invalid("components[%d][%d]: custom_id must be 1 to 100 characters", i, j)
			case b.Label == "" || utf8.RuneCountInString(b.Label) > 80:
				return nil, false, invalid("components[%d][%d]: label must be 1 to 80 characters", i, j)
			case b.Style < 1 || b.Style > 4:
				return nil, false, invalid("components[%d][%d]: style %d is not 1 to 4 (a button with a custom_id)", i, j, b.Style)
			}
			buttons = append(buttons, Button{Label: b.Label, CustomID: b.CustomID, Style: b.Style})
		}
		rows = append(rows, buttons)
	}
	return rows, true, nil
}

// checkContent enforces Discord's 2000-character message limit.
func checkContent(p payload) *apiError {
	if p.Content != nil && utf8.RuneCountInString(*p.Content) > 2000 {
		return invalid("content: must be 2000 or fewer in length")
	}
	return nil
}

func wireButtons(rows [][]Button) []wireComponent {
	out := []wireComponent{}
	for _, row := range rows {
		r := wireComponent{Type: 1}
		for _, b := range row {
			r.Components = append(r.Components, wireComponent{Type: 2, Label: b.Label, Style: b.Style, CustomID: b.CustomID})
		}
		out = append(out, r)
	}
	return out
}

func wireUser(u User, bot bool) map[string]any {
	m := map[string]any{"id": u.ID, "username": u.Username, "discriminator": "0", "bot": bot}
	if u.GlobalName != "" {
		m["global_name"] = u.GlobalName
	}
	return m
}

// wireMessageLocked renders m as Discord's message object.
func (s *Server) wireMessageLocked(m *Message) map[string]any {
	author := s.userLocked(m.AuthorID)
	if m.AuthorID == s.BotID {
		author = User{ID: s.BotID, Username: "checkin"}
	}
	var atts []map[string]any
	for i, f := range m.Files {
		atts = append(atts, map[string]any{
			"id": fmt.Sprintf("%s%d", m.ID, i), "filename": f.Name, "size": len(f.Data), "content_type": f.ContentType,
			"url": s.URL + "/attachments/" + m.ChannelID + "/" + f.Name,
		})
	}
	out := map[string]any{
		"id": m.ID, "channel_id": m.ChannelID, "type": 0, "content": m.Content,
		"author": wireUser(author, m.AuthorID == s.BotID), "components": wireButtons(m.Buttons),
		"attachments": atts, "flags": m.Flags, "timestamp": "2026-01-01T00:00:00+00:00",
	}
	if m.GuildID != "" {
		out["guild_id"] = m.GuildID
	}
	if m.Nonce != "" {
		out["nonce"] = m.Nonce
	}
	return out
}
