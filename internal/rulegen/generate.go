package rulegen

//go:generate go run ./cmd -root ../..
