// Command riskcorpus scores the risk detector on labelled corpus files and
// prints recall and false alarms per category, then every line it got
// wrong. With no arguments it reads the corpus and the held-out set in
// bot/risk/testdata. It exits 1 when a risk line is missed or more than 5%
// of harmless lines are flagged, so an operator can check new phrases:
//
//	go run ./bot/risk/cmd/riskcorpus bot/risk/testdata/corpus.tsv my-lines.tsv
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/checkin-bot/checkin/bot/risk/corpus"
)

func main() {
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: riskcorpus [file.tsv ...]")
		flag.PrintDefaults()
	}
	flag.Parse()
	files := flag.Args()
	if len(files) == 0 {
		dir := filepath.Join("bot", "risk", "testdata")
		files = []string{filepath.Join(dir, "corpus.tsv"), filepath.Join(dir, "heldout.tsv"), filepath.Join(dir, "heldout_review.tsv")}
	}
	failed := false
	for _, f := range files {
		lines, err := corpus.ReadFile(f)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		rep := corpus.Score(lines, corpus.Detect)
		fmt.Printf("%s\n\n%s\n", f, rep.Table())
		for _, m := range rep.Misses {
			fmt.Println("missed:", m)
		}
		for _, m := range rep.Alarms {
			fmt.Println("false alarm:", m)
		}
		fmt.Println()
		failed = failed || len(rep.Misses) > 0 || rep.AlarmRate() > 5
	}
	if failed {
		os.Exit(1)
	}
}
