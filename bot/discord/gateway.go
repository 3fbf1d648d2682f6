package discord

import (
	"errors"

	"github.com/gorilla/websocket"
)

// fatalGateway reports close codes that no retry can fix: a wrong token,
// or intents the application may not use.
func fatalGateway(err error) bool {
	var ce *websocket.CloseError
	if !errors.As(err, &ce) {
		return false
	}
	switch ce.Code {
	case 4004, // authentication failed
		4010, 4011, // invalid shard, sharding required
		4012,       // invalid API version
		4013, 4014: // invalid or disallowed intents
		return true
	}
	return false
}
