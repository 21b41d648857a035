#ifndef FACTDECK_CNCURSESW_SHIM_H
#define FACTDECK_CNCURSESW_SHIM_H
// Wide-character curses: these must be defined before the header, or cchar_t, wget_wch and
// waddnwstr are missing.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/ncurses.h>
#include <stdio.h>
#include <langinfo.h>

// Swift 6 refuses to read these C globals directly and cannot import expression macros.
static inline WINDOW *factdeck_stdscr(void) { return stdscr; }
static inline int factdeck_lines(void) { return LINES; }
static inline int factdeck_cols(void) { return COLS; }
static inline int factdeck_colors(void) { return COLORS; }
static inline int factdeck_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline int factdeck_a_bold(void) { return (int)A_BOLD; }
static inline int factdeck_a_reverse(void) { return (int)A_REVERSE; }
static inline int factdeck_a_dim(void) { return (int)A_DIM; }
static inline int factdeck_a_underline(void) { return (int)A_UNDERLINE; }
int wcwidth(wchar_t c);
// Swift 6 also refuses the C library's stdin/stdout globals.
static inline FILE *factdeck_stdin(void) { return stdin; }
static inline FILE *factdeck_stdout(void) { return stdout; }
#endif
