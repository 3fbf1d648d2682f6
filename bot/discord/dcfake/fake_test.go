package dcfake

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"
)

// call makes one REST call to the fake and decodes the JSON answer.
func call(t *testing.T, s *Server, method, path string, body any, auth bool) (int, map[string]any) {
	t.Helper()
	b, _ := json.Marshal(body)
	req, _ := http.NewRequest(method, s.URL+"/api/v9/"+path, bytes.NewReader(b))
	req.Header.Set("Content-Type", "application/json")
	if auth {
		req.Header.Set("Authorization", "Bot "+s.Token())
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string]any
	_ = json.NewDecoder(resp.Body).Decode(&out)
	return resp.StatusCode, out
}

func row(n int) []map[string]any {
	var bs []map[string]any
	for i := range n {
		bs = append(bs, map[string]any{"type": 2, "style": 2, "label": "b", "custom_id": "c" + string(rune('a'+i))})
	}
	return []map[string]any{{"type": 1, "components": bs}}
}

func TestMessageCreateRules(t *testing.T) {
	s := New(Options{})
	defer s.Close()
	dm := s.DMChannel("1")
	s.CloseDMs("2")
	closed := s.DMChannel("2")
	tests := []struct {
		name   string
		ch     string
		body   map[string]any
		auth   bool
		status int
		code   float64
	}{
		{"ok", dm, map[string]any{"content": "hi"}, true, 200, 0},
		{"no auth", dm, map[string]any{"content": "hi"}, false, 401, 0},
		{"empty", dm, map[string]any{"content": ""}, true, 400, CodeEmptyMessage},
		{"too long", dm, map[string]any{"content": strings.Repeat("x", 2001)}, true, 400, CodeInvalidForm},
		{"six buttons in a row", dm, map[string]any{"content": "x", "components": row(6)}, true, 400, CodeInvalidForm},
		{"closed DMs", closed, map[string]any{"content": "hi"}, true, 403, CodeCannotDM},
		{"unknown channel", "77", map[string]any{"content": "hi"}, true, 404, CodeUnknownChannel},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, out := call(t, s, "POST", "channels/"+tt.ch+"/messages", tt.body, tt.auth)
			if status != tt.status || (tt.code != 0 && out["code"] != tt.code) {
				t.Errorf("got %d %v, want %d code %v", status, out, tt.status, tt.code)
			}
		})
	}
	body := map[string]any{"content": "once", "nonce": "n1", "enforce_nonce": true}
	_, a := call(t, s, "POST", "channels/"+dm+"/messages", body, true)
	_, b := call(t, s, "POST", "channels/"+dm+"/messages", body, true)
	if a["id"] != b["id"] || len(s.Messages(dm)) != 2 {
		t.Errorf("enforced nonce made %d messages (%v, %v), want the first returned again", len(s.Messages(dm)), a["id"], b["id"])
	}
}

func TestInteractionRules(t *testing.T) {
	s := New(Options{AckWindow: 200 * time.Millisecond})
	defer s.Close()
	cb := func(id string, body any) (int, map[string]any) {
		in, _ := s.Interaction(id)
		return call(t, s, "POST", "interactions/"+id+"/"+in.Token+"/callback", body, false)
	}
	id := s.Slash("1", "", "", "checkin")
	if st, _ := cb(id, map[string]any{"type": 4, "data": map[string]any{"content": "q", "components": row(2)}}); st != 204 {
		t.Fatalf("first answer: %d", st)
	}
	if st, out := cb(id, map[string]any{"type": 4, "data": map[string]any{"content": "again"}}); st != 400 || out["code"] != float64(CodeAlreadyAcked) {
		t.Errorf("second answer: %d %v, want 40060", st, out)
	}
	in, _ := s.Interaction(id)
	prompt := in.Original

	press, _ := s.Press("1", prompt, "ca")
	cb(press, map[string]any{"type": 7, "data": map[string]any{"content": "q ✓", "components": nil}})
	if m, _ := s.Message(prompt); m.Content != "q ✓" || len(m.Buttons) != 1 {
		t.Errorf("after update with null components: %q, %d rows; want text changed, buttons kept", m.Content, len(m.Buttons))
	}
	press, _ = s.Press("1", prompt, "ca")
	cb(press, map[string]any{"type": 7, "data": map[string]any{"content": "q ✓", "components": []any{}}})
	if m, _ := s.Message(prompt); len(m.Buttons) != 0 {
		t.Errorf("after update with [] components: %d rows, want none", len(m.Buttons))
	}

	late := s.Slash("1", "", "", "help")
	time.Sleep(250 * time.Millisecond)
	if st, out := cb(late, map[string]any{"type": 4, "data": map[string]any{"content": "late"}}); st != 404 || out["code"] != float64(CodeUnknownInteraction) {
		t.Errorf("late answer: %d %v, want 10062", st, out)
	}
}

func TestBulkOverwrite(t *testing.T) {
	s := New(Options{})
	defer s.Close()
	cmds := []map[string]any{{"name": "help", "description": "What checkin can do", "options": []any{}}}
	path := "applications/" + s.AppID + "/commands"
	put := func(body any) int {
		b, _ := json.Marshal(body)
		r, _ := http.NewRequest("PUT", s.URL+"/api/v9/"+path, bytes.NewReader(b))
		r.Header.Set("Authorization", "Bot "+s.Token())
		resp, err := http.DefaultClient.Do(r)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	put(cmds)
	first := s.Commands("")
	put(cmds)
	if again := s.Commands(""); len(again) != 1 || again[0].ID != first[0].ID {
		t.Errorf("overwrite changed the set: %+v then %+v", first, again)
	}
	bad := []map[string]any{{"name": "checkin", "description": "x", "options": []map[string]any{
		{"type": 4, "name": "mood", "description": "m", "required": false},
		{"type": 10, "name": "sleep", "description": "s", "required": true},
	}}}
	if st := put(bad); st != 400 {
		t.Errorf("required after optional: %d, want 400", st)
	}
}
