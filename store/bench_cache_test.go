package store

import (
	"context"
	"fmt"
	"testing"
)

// BenchmarkMessageReads is what the row cache saves: the reads every
// message makes before the core answers it (the person with their
// dialogue state, and today's check-in), for 1,000 people active lately,
// on each engine with the cache and without. PostgreSQL runs without
// (several instances write the same rows); the sub-benchmark with a cache
// there shows what that costs.
func BenchmarkMessageReads(b *testing.B) {
	const people = 1000
	for _, be := range backends {
		for _, cached := range []bool{true, false} {
			b.Run(fmt.Sprintf("%s/cache=%v", be.name, cached), func(b *testing.B) {
				ctx := context.Background()
				db, err := OpenDriver(ctx, be.name, be.source(b))
				if err != nil {
					b.Fatal(err)
				}
				defer db.Close()
				db.Now = testNow
				db.rows = nil
				if cached {
					db.rows = newRowCache(cacheSize)
				}
				users := make([]User, people)
				mood := 5
				for i := range users {
					u := User{Platform: "telegram", PlatformID: fmt.Sprint(i), TZ: "UTC", CheckinTime: "20:00"}
					if err := db.CreateUser(ctx, &u); err != nil {
						b.Fatal(err)
					}
					if err := db.SaveTurn(ctx, u.ID, &Checkin{UserID: u.ID, Day: "2026-11-25", Mood: &mood}, []byte(`{"m":"idle"}`)); err != nil {
						b.Fatal(err)
					}
					users[i] = u
				}
				b.ResetTimer()
				for i := 0; i < b.N; i++ {
					u := users[i%people]
					if _, _, err := db.UserAndDialogue(ctx, u.Platform, u.PlatformID); err != nil {
						b.Fatal(err)
					}
					if _, err := db.Checkin(ctx, u.ID, "2026-11-25"); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
