package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// TrustedLink is a person's trusted person: someone they invited, on the
// same platform, who accepted. It holds where to reach them and nothing
// about them beyond the name the person gave and their display name.
type TrustedLink struct {
	UserID      int64     // the person who invited
	Name        string    // what the person calls their trusted person
	PersonName  string    // how the trusted person is told who asked
	Code        string    // the invitation (kept once accepted, to recognise a repeat)
	CodeExpires time.Time // the invitation is void after this
	Platform    string
	TrustedID   string // the trusted person's platform user id, once accepted
	TrustedChat string // their private chat, once accepted
	TrustedName string // their display name, so the person sees who accepted
	AcceptedAt  time.Time
	OfferKey    string    // the last "shall I tell them?" question
	OfferedAt   time.Time // when it was asked
	CreatedAt   time.Time
}

// Accepted reports whether the trusted person accepted the invitation.
func (l TrustedLink) Accepted() bool { return !l.AcceptedAt.IsZero() }

const linkCols = `user_id, name, person_name, code, code_expires, platform, trusted_id, trusted_chat, trusted_name,
	accepted_at, offer_key, offered_at, created_at`

func scanLink(sc interface{ Scan(...any) error }) (TrustedLink, error) {
	var l TrustedLink
	var expires, accepted, offered, created int64
	err := sc.Scan(&l.UserID, &l.Name, &l.PersonName, &l.Code, &expires, &l.Platform, &l.TrustedID, &l.TrustedChat,
		&l.TrustedName, &accepted, &l.OfferKey, &offered, &created)
	l.CodeExpires, l.AcceptedAt, l.OfferedAt, l.CreatedAt = fromUnix(expires), fromUnix(accepted), fromUnix(offered), fromUnix(created)
	return l, err
}

// SaveInvite stores a new invitation for l.UserID, replacing any earlier
// link or invitation of theirs.
func (s *DB) SaveInvite(ctx context.Context, l TrustedLink) error {
	_, err := s.w.ExecContext(ctx, `INSERT INTO trusted_links (user_id, name, person_name, code, code_expires, platform, created_at)
		VALUES (?,?,?,?,?,?,?)
		ON CONFLICT (user_id) DO UPDATE SET name = excluded.name, person_name = excluded.person_name,
			code = excluded.code, code_expires = excluded.code_expires, platform = excluded.platform,
			trusted_id = '', trusted_chat = '', trusted_name = '', accepted_at = 0, offer_key = '', offered_at = 0,
			created_at = excluded.created_at`,
		l.UserID, l.Name, l.PersonName, l.Code, unix(l.CodeExpires), l.Platform, s.Now().Unix())
	if err != nil {
		return fmt.Errorf("store: save invitation: %w", err)
	}
	return nil
}

// TrustedLink reads the person's link or pending invitation.
func (s *DB) TrustedLink(ctx context.Context, userID int64) (TrustedLink, error) {
	l, err := scanLink(s.db.QueryRowContext(ctx, `SELECT `+linkCols+` FROM trusted_links WHERE user_id = ?`, userID))
	if errors.Is(err, sql.ErrNoRows) {
		return TrustedLink{}, ErrNotFound
	}
	if err != nil {
		return TrustedLink{}, fmt.Errorf("store: read trusted link: %w", err)
	}
	return l, nil
}

// InviteByCode finds the pending invitation with code on platform that
// has not expired at now.
func (s *DB) InviteByCode(ctx context.Context, platform, code string, now time.Time) (TrustedLink, error) {
	l, err := scanLink(s.db.QueryRowContext(ctx, `SELECT `+linkCols+` FROM trusted_links
		WHERE code = ? AND code <> '' AND platform = ? AND accepted_at = 0 AND code_expires > ?`, code, platform, unix(now)))
	if errors.Is(err, sql.ErrNoRows) {
		return TrustedLink{}, ErrNotFound
	}
	if err != nil {
		return TrustedLink{}, fmt.Errorf("store: read invitation: %w", err)
	}
	return l, nil
}

// AcceptInvite links the trusted person to the invitation with code, if
// it is still pending at at; otherwise ErrNotFound. The code is kept, so
// the same acceptance delivered again can be recognised (AcceptedByCode).
func (s *DB) AcceptInvite(ctx context.Context, userID int64, code, trustedID, trustedChat, trustedName string, at time.Time) error {
	res, err := s.w.ExecContext(ctx, `UPDATE trusted_links SET trusted_id = ?, trusted_chat = ?, trusted_name = ?,
		accepted_at = ? WHERE user_id = ? AND code = ? AND code <> '' AND accepted_at = 0 AND code_expires > ?`,
		trustedID, trustedChat, trustedName, unix(at), userID, code, unix(at))
	if err != nil {
		return fmt.Errorf("store: accept invitation: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrNotFound
	}
	return nil
}

// AcceptedByCode finds the link that trustedID accepted with code.
func (s *DB) AcceptedByCode(ctx context.Context, platform, code, trustedID string) (TrustedLink, error) {
	l, err := scanLink(s.db.QueryRowContext(ctx, `SELECT `+linkCols+` FROM trusted_links
		WHERE code = ? AND code <> '' AND platform = ? AND trusted_id = ? AND accepted_at > 0`, code, platform, trustedID))
	if errors.Is(err, sql.ErrNoRows) {
		return TrustedLink{}, ErrNotFound
	}
	if err != nil {
		return TrustedLink{}, fmt.Errorf("store: read accepted invitation: %w", err)
	}
	return l, nil
}

// LinksOfTrusted lists the accepted links in which platform user
// trustedID is the trusted person.
func (s *DB) LinksOfTrusted(ctx context.Context, platform, trustedID string) ([]TrustedLink, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+linkCols+` FROM trusted_links
		WHERE platform = ? AND trusted_id = ? AND trusted_id <> '' ORDER BY user_id`, platform, trustedID)
	if err != nil {
		return nil, fmt.Errorf("store: list trusted links: %w", err)
	}
	defer rows.Close()
	var ls []TrustedLink
	for rows.Next() {
		l, err := scanLink(rows)
		if err != nil {
			return nil, fmt.Errorf("store: list trusted links: %w", err)
		}
		ls = append(ls, l)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: list trusted links: %w", err)
	}
	return ls, nil
}

// DeleteTrustedLink ends the person's link or invitation; ErrNotFound
// when there was none.
func (s *DB) DeleteTrustedLink(ctx context.Context, userID int64) error {
	res, err := s.w.ExecContext(ctx, `DELETE FROM trusted_links WHERE user_id = ?`, userID)
	if err != nil {
		return fmt.Errorf("store: end trusted link: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrNotFound
	}
	return nil
}

// SetTrustedOffer records the question "shall I tell them?" just asked,
// so that only a Yes to it can send anything.
func (s *DB) SetTrustedOffer(ctx context.Context, userID int64, key string, at time.Time) error {
	_, err := s.w.ExecContext(ctx, `UPDATE trusted_links SET offer_key = ?, offered_at = ? WHERE user_id = ? AND accepted_at > 0`,
		key, unix(at), userID)
	if err != nil {
		return fmt.Errorf("store: record trusted offer: %w", err)
	}
	return nil
}
