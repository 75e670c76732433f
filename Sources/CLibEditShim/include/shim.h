// CLibEditShim: fixed-argument wrappers over libedit (histedit.h) plus the process-wide signal
// plumbing and the masked read used by VernTerminal. See repl-anchors.md §4.6-§4.7; one deliberate
// difference from §4.7: EL_SIGNAL stays 0 and the shim handles SIGINT, SIGWINCH, SIGTSTP and SIGCONT
// itself (libedit's handler is not safe when a signal is delivered to two threads at once; see
// shim.c, "Signals").
//
// Threading: every function taking an EditLine* or History* must be called from the single thread
// that owns them (the reader thread), which must call le_mark_reader_thread() first. Reads (le_gets,
// le_read_secret) happen only on that thread. The signal functions are process-wide.
#ifndef VERN_CLIBEDIT_SHIM_H
#define VERN_CLIBEDIT_SHIM_H

#include <histedit.h>
#include <stddef.h>

// ---- SIGINT ----------------------------------------------------------------------------------

/// Installs the SIGINT handler (sigaction, no SA_RESTART) once per process, and handlers for SIGTERM,
/// SIGHUP and SIGQUIT that restore the terminal (the modes saved by the read in progress, or those
/// stdin had at this call) and discard unread input before the process ends; SIGQUIT exits with
/// 131 without a crash report. Returns the read end of the self-pipe (blocking) that receives one
/// byte per SIGINT arriving while no read is active, or -1 on failure. Later calls return the same
/// descriptor.
int le_install_sigint(void);

/// Records the calling thread as the reader thread (the one blocked in el_gets or a masked read) and
/// blocks SIGINT, SIGWINCH and SIGCONT on it: they are taken only inside the reader's ppoll().
void le_mark_reader_thread(void);

// ---- Editor ----------------------------------------------------------------------------------

/// el_init(prog, stdin, stdout, stderr) after setlocale(LC_CTYPE, "") so UTF-8 input works.
EditLine *le_init(const char *prog);

/// history_init() with H_SETSIZE and H_SETUNIQUE.
History *le_history_init(int size);

/// emacs keys, prompt from the shim buffer, EL_HIST, the shim's interruptible character reader
/// (EL_GETCFN), EL_SIGNAL=0 with the shim's SIGWINCH/SIGTSTP/SIGCONT handlers, Tab bound to the
/// completion trampoline, then el_source(el, NULL) when `source_editrc` is non-zero (~/.editrc may
/// switch to vi mode).
void le_configure(EditLine *el, History *h, int source_editrc);

/// Copies `prompt` into the prompt buffer the prompt callback returns.
void le_set_prompt(const char *prompt);

/// Result of le_gets.
typedef enum {
    LE_GETS_LINE = 0,
    LE_GETS_INTERRUPTED = 1,
    LE_GETS_EOF = 2,
} le_gets_status;

/// el_resize, raw mode before the prompt is printed (EL_PREP_TERM), then el_gets with the reader
/// marked active. On LE_GETS_LINE, *line points to libedit's buffer (valid until the next call),
/// including a trailing newline if one was typed. When 256 bytes or more are waiting (a paste),
/// they are inserted up to the line's end in one step, literally, with one redraw; the bytes after
/// that newline are kept for the next call.
le_gets_status le_gets(EditLine *el, const char **line, int *length);

/// Adds one entry to the in-memory history (H_ENTER).
void le_history_enter(History *h, const char *line);

/// Returns 1 when bytes are waiting (read ahead by le_gets, or on stdin within `timeout_ms`); used to
/// coalesce pastes.
int le_input_pending(int timeout_ms);

/// el_end + history_end.
void le_end(EditLine *el, History *h);

// ---- Completion ------------------------------------------------------------------------------

/// Called on Tab with the text before the cursor; returns a CC_* code (CC_REFRESH, CC_REDISPLAY,
/// CC_ERROR...). Runs on the reader thread, inside el_gets.
typedef unsigned char (*le_completion_callback)(EditLine *el, const char *before_cursor);

/// Sets the process-wide completion callback (NULL disables completion: Tab beeps).
void le_set_completion_callback(le_completion_callback callback);

/// el_insertstr at the cursor. Returns 0 on success.
int le_insert(EditLine *el, const char *text);

// ---- Masked input ----------------------------------------------------------------------------

enum {
    LE_SECRET_INTERRUPTED = -1,
    LE_SECRET_UNAVAILABLE = -2,
};

/// Writes `prompt` to /dev/tty, turns ECHO off, reads up to a newline into `buffer` (at most
/// capacity-1 bytes, NUL-terminated; the rest of an over-long line is discarded), restores the
/// terminal on every path and writes the newline itself. Returns the length, LE_SECRET_INTERRUPTED
/// on SIGINT or ^D on an empty line, LE_SECRET_UNAVAILABLE when there is no terminal.
long le_read_secret(const char *prompt, char *buffer, size_t capacity);

// ---- stdio -----------------------------------------------------------------------------------

/// fputs to stdout and fflush (keeps ordering with libedit's own output).
void le_write_stdout(const char *text);

/// fflush(stdout) and fflush(stderr): Swift 6 cannot reference the C stdio globals.
void le_flush_stdio(void);

/// Width in columns of the terminal on `fd` (TIOCGWINSZ), or 0 when unknown.
int le_window_width(int fd);

/// Height in lines of the terminal on `fd` (TIOCGWINSZ), or 0 when unknown.
int le_window_height(int fd);

/// Overwrites `length` bytes with zeros in a way the compiler does not elide.
void le_secure_zero(void *buffer, size_t length);

#endif
