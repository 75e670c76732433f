// See include/shim.h. Everything here that can run in a signal handler is async-signal-safe.
#define _GNU_SOURCE
#include "shim.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <locale.h>
#include <wchar.h>
#include <poll.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

// ---- Signals ---------------------------------------------------------------------------------

// libedit's own signal handling (EL_SIGNAL=1) is not used: its handler keeps a per-editor table of
// saved actions and, when two deliveries of one signal overlap on different threads (two quick ^C,
// a burst of SIGWINCH while dragging a window), installs SIG_ERR as the handler and the next signal
// jumps to address -1 [observed: the pty suite crashed that way]. It also re-raises with kill(0),
// hitting the whole process group, and touches the EditLine from whatever thread took the signal.
//
// Instead, every signal that matters to a read is handled here and acted on by the reader thread:
// the reader keeps SIGINT, SIGWINCH and SIGCONT blocked and waits for input only in ppoll() with them
// unblocked (the pselect pattern). A handler on another thread sets a flag and pthread_kill()s the
// reader; that signal stays pending until the reader's next ppoll, which then fails with EINTR. The
// reader checks the flags before every wait, so a Ctrl-C arriving while it is busy (echoing,
// redrawing) is never lost.
static volatile sig_atomic_t reader_set = 0;
static pthread_t reader;
static volatile sig_atomic_t reading = 0;           // 0, READING_EDITOR or READING_SECRET
static volatile sig_atomic_t pending_interrupt = 0; // a SIGINT arrived while reading
static volatile sig_atomic_t pending_resize = 0;    // SIGWINCH (or SIGCONT) while reading
static volatile sig_atomic_t pending_resume = 0;    // the process was stopped and continued while reading
static volatile sig_atomic_t kill_in_flight = 0;    // a handler is between its flag and pthread_kill
static int sigpipe_fds[2] = {-1, -1};
static pthread_mutex_t install_lock = PTHREAD_MUTEX_INITIALIZER;

enum { READING_EDITOR = 1, READING_SECRET = 2 };

// What to put back on the terminal when stopped (^Z) in the middle of a read.
static struct termios restore_termios;
static volatile sig_atomic_t restore_fd = -1;

/// Wakes the reader out of ppoll (from another thread); `wake_signal` is blocked on the reader.
static void wake_reader(int wake_signal) {
    if (reader_set && !pthread_equal(pthread_self(), reader)) {
        kill_in_flight = 1;
        pthread_kill(reader, wake_signal);
        kill_in_flight = 0;
    }
}

static void on_sigint(int signo) {
    (void)signo;
    int saved = errno;
    if (reading) {
        pending_interrupt = 1;
        wake_reader(SIGINT);
    } else if (sigpipe_fds[1] >= 0) {
        char c = 1;
        (void)!write(sigpipe_fds[1], &c, 1); // non-blocking: a full pipe drops the byte
    }
    errno = saved;
}

static void on_winch_or_cont(int signo) {
    int saved = errno;
    if (reading) {
        if (signo == SIGCONT) pending_resume = 1;
        pending_resize = 1;
        wake_reader(SIGWINCH);
    }
    errno = saved;
}

static void on_tstp(int signo) {
    int saved = errno;
    int was_reading = reading;
    if (was_reading && restore_fd >= 0) tcsetattr(restore_fd, TCSADRAIN, &restore_termios);
    // Stop the default way (the kernel discards it in an orphaned process group), then come back.
    struct sigaction dfl, ours;
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    sigaction(SIGTSTP, &dfl, &ours);
    sigset_t unblock;
    sigemptyset(&unblock);
    sigaddset(&unblock, SIGTSTP);
    sigprocmask(SIG_UNBLOCK, &unblock, NULL);
    raise(signo);
    sigprocmask(SIG_BLOCK, &unblock, NULL);
    sigaction(SIGTSTP, &ours, NULL);
    if (was_reading) { // the reader re-applies its terminal mode and redraws
        pending_resume = 1;
        pending_resize = 1;
        wake_reader(SIGWINCH);
    }
    errno = saved;
}

// The terminal as the process found it, restored when it is terminated outside a read.
static struct termios startup_termios;
static volatile sig_atomic_t startup_saved = 0;

/// Puts the terminal back and discards what was typed but not read, so a half-typed line (a
/// secret at the masked prompt) never reaches the program that reads the terminal next.
static void restore_terminal(void) {
    int fd = restore_fd;
    if (fd >= 0) {
        tcflush(fd, TCIFLUSH);
        tcsetattr(fd, TCSANOW, &restore_termios);
    } else if (startup_saved) {
        tcflush(STDIN_FILENO, TCIFLUSH);
        tcsetattr(STDIN_FILENO, TCSANOW, &startup_termios);
    }
}

/// SIGTERM, SIGHUP and SIGQUIT: restore the terminal, then end. SIGTERM and SIGHUP end the default
/// way (the parent sees the signal); SIGQUIT exits quietly with 128 + 3, without a crash report.
static void on_terminate(int signo) {
    restore_terminal();
    if (signo == SIGQUIT) _exit(128 + SIGQUIT);
    struct sigaction dfl;
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    sigaction(signo, &dfl, NULL);
    sigset_t unblock;
    sigemptyset(&unblock);
    sigaddset(&unblock, signo);
    pthread_sigmask(SIG_UNBLOCK, &unblock, NULL);
    raise(signo);
    _exit(128 + signo);
}

/// Waits until `fd` is readable, at most `timeout_ms` (forever when negative), with the reader's
/// signals unblocked for the duration of the wait. Returns 1 when readable, 0 on time-out, -1 with
/// errno EINTR when a signal arrived.
static int wait_readable(int fd, int timeout_ms) {
    sigset_t during;
    pthread_sigmask(SIG_BLOCK, NULL, &during);
    sigdelset(&during, SIGINT);
    sigdelset(&during, SIGWINCH);
    sigdelset(&during, SIGCONT);
    struct pollfd p = {.fd = fd, .events = POLLIN};
    struct timespec timeout = {timeout_ms / 1000, (long)(timeout_ms % 1000) * 1000000L};
    int r = ppoll(&p, 1, timeout_ms < 0 ? NULL : &timeout, &during);
    return r < 0 ? -1 : r;
}

/// Consumes wake-up signals left pending on the reader thread (a pthread_kill whose wake-up was not
/// needed because the reader saw the flag first). Left there, a SIGINT would fire at the next ppoll
/// as a phantom Ctrl-C.
static void drain_reader_signals(void) {
    while (kill_in_flight) sched_yield();
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGWINCH);
    sigaddset(&set, SIGCONT);
    struct timespec zero = {0, 0};
    while (sigtimedwait(&set, NULL, &zero) > 0) {
    }
}

static void install(int signo, void (*handler)(int), int flags) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = flags;
    sigaction(signo, &sa, NULL);
}

int le_install_sigint(void) {
    pthread_mutex_lock(&install_lock);
    if (sigpipe_fds[0] < 0) {
        int fds[2];
        if (pipe2(fds, O_CLOEXEC) == 0) {
            fcntl(fds[1], F_SETFL, fcntl(fds[1], F_GETFL) | O_NONBLOCK);
            sigpipe_fds[0] = fds[0];
            sigpipe_fds[1] = fds[1];
            install(SIGINT, on_sigint, 0); // no SA_RESTART: blocking reads elsewhere see EINTR
            if (tcgetattr(STDIN_FILENO, &startup_termios) == 0) startup_saved = 1;
            install(SIGTERM, on_terminate, 0);
            install(SIGHUP, on_terminate, 0);
            install(SIGQUIT, on_terminate, 0);
        }
    }
    int fd = sigpipe_fds[0];
    pthread_mutex_unlock(&install_lock);
    return fd;
}

void le_mark_reader_thread(void) {
    sigset_t block;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigaddset(&block, SIGWINCH);
    sigaddset(&block, SIGCONT);
    pthread_sigmask(SIG_BLOCK, &block, NULL); // delivered only inside wait_readable()
    reader = pthread_self();
    reader_set = 1;
}


// ---- Editor ----------------------------------------------------------------------------------

static char prompt_buf[4096] = "";
static le_completion_callback completion_callback = NULL;

static char *prompt_fn(EditLine *el) {
    (void)el;
    return prompt_buf;
}

void le_set_prompt(const char *prompt) {
    strncpy(prompt_buf, prompt ? prompt : "", sizeof prompt_buf - 1);
    prompt_buf[sizeof prompt_buf - 1] = '\0';
}

static unsigned char complete_trampoline(EditLine *el, int ch) {
    (void)ch;
    le_completion_callback cb = completion_callback;
    if (cb == NULL) return CC_ERROR;
    const LineInfo *li = el_line(el);
    size_t n = (size_t)(li->cursor - li->buffer);
    char *before = malloc(n + 1);
    if (before == NULL) return CC_ERROR;
    memcpy(before, li->buffer, n);
    before[n] = '\0';
    unsigned char rc = cb(el, before);
    free(before);
    return rc;
}

static int interrupted_read = 0; // set by read_char when it gave up because of SIGINT

// ---- Bulk input ------------------------------------------------------------------------------

// libedit handles one key at a time (a ppoll, a read, an echo per character), which is right for a
// person typing but makes a pasted multi-megabyte line take minutes. A person never has hundreds
// of bytes queued on the terminal; a paste (or a program typing) does. So when at least
// BULK_THRESHOLD bytes wait, read_char takes them in bulk up to the end of the line, inserts them
// into the line at the cursor in one el_winsertstr (literally, as a bracketed paste would: a Tab
// in them is a Tab, not completion), redraws once and hands libedit the newline. What follows the
// newline stays in `queued` and is served before the terminal, byte by byte or again in bulk.
enum { BULK_THRESHOLD = 256, BULK_IDLE_MS = 50, BULK_CHUNK = 1 << 16 };

static char *queued = NULL;  // bytes read ahead of libedit
static size_t queued_start = 0, queued_end = 0, queued_capacity = 0;

static size_t queued_count(void) { return queued_end - queued_start; }

static void discard_queued(void) { queued_start = queued_end = 0; }

/// Bytes waiting for the line editor: read ahead here, plus those in the terminal's input queue.
static size_t waiting_bytes(void) {
    int kernel = 0;
    if (ioctl(STDIN_FILENO, FIONREAD, &kernel) != 0 || kernel < 0) kernel = 0;
    return queued_count() + (size_t)kernel;
}

/// Room for `extra` more bytes at the end of `queued` (moving the unread part to the front first).
static int reserve_queued(size_t extra) {
    if (queued_start > 0 && queued_end + extra > queued_capacity) {
        memmove(queued, queued + queued_start, queued_count());
        queued_end -= queued_start;
        queued_start = 0;
    }
    if (queued_end + extra <= queued_capacity) return 1;
    size_t capacity = queued_capacity ? queued_capacity : BULK_CHUNK;
    while (capacity < queued_end + extra) capacity *= 2;
    char *grown = realloc(queued, capacity);
    if (grown == NULL) return 0;
    queued = grown;
    queued_capacity = capacity;
    return 1;
}

/// Reads ahead until `queued` holds a newline, input pauses for BULK_IDLE_MS, or Ctrl-C. Returns
/// the newline's offset in `queued`, or -1 when there is none.
static long read_ahead_to_newline(void) {
    size_t scanned = 0; // counted from queued_start: reserve_queued may move the unread bytes
    for (;;) {
        for (; queued_start + scanned < queued_end; scanned++) {
            char c = queued[queued_start + scanned];
            if (c == '\r' || c == '\n') return (long)(queued_start + scanned);
        }
        if (pending_interrupt) return -1;
        int ready = wait_readable(STDIN_FILENO, BULK_IDLE_MS);
        if (ready < 0 && errno == EINTR) continue; // the loop decides whether it was our SIGINT
        if (ready <= 0) return -1;
        if (!reserve_queued(BULK_CHUNK)) return -1;
        ssize_t n = read(STDIN_FILENO, queued + queued_end, BULK_CHUNK);
        if (n == 0) return -1; // end of input: what was read is inserted, libedit sees the end next
        if (n < 0) {
            if (errno == EINTR || errno == EAGAIN) continue;
            return -1;
        }
        queued_end += (size_t)n;
    }
}

/// Inserts `length` bytes at the cursor, decoded with the locale; invalid sequences and NULs are
/// dropped, as read_char drops them.
static void insert_bytes(EditLine *el, const char *bytes, size_t length) {
    wchar_t *text = malloc((length + 1) * sizeof *text);
    if (text == NULL) return;
    size_t count = 0;
    mbstate_t state;
    memset(&state, 0, sizeof state);
    for (size_t at = 0; at < length;) {
        wchar_t wc;
        size_t used = mbrtowc(&wc, bytes + at, length - at, &state);
        if (used == (size_t)-1 || used == (size_t)-2) { // invalid or cut short: drop one byte
            memset(&state, 0, sizeof state);
            at++;
            continue;
        }
        if (used == 0) used = 1; // a NUL byte
        else text[count++] = wc;
        at += used;
    }
    text[count] = L'\0';
    if (count > 0) el_winsertstr(el, text);
    free(text);
}

/// How many of `length` bytes end on a whole UTF-8 character: a sequence cut short at the end (the
/// rest not read yet) is left for the next read, never dropped.
static size_t whole_characters(const char *bytes, size_t length) {
    size_t back = 0;
    while (back < length && back < 3 && ((unsigned char)bytes[length - 1 - back] & 0xC0) == 0x80) back++;
    if (back == length) return length;
    unsigned char lead = (unsigned char)bytes[length - 1 - back];
    size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    return need > back + 1 ? length - back - 1 : length;
}

/// Takes the waiting bytes up to the end of the line into the editor in one step. Returns 1 when
/// the line ended (the caller hands libedit the newline), 0 otherwise. When input pauses before
/// the end of the line (a paste the terminal passes on in pieces), what came is inserted up to its
/// last whole character.
static int take_bulk(EditLine *el) {
    long newline = read_ahead_to_newline();
    if (pending_interrupt) return 0; // Ctrl-C discards the line, and what was read ahead with it
    size_t end = newline >= 0 ? (size_t)newline : queued_start + whole_characters(queued + queued_start, queued_count());
    insert_bytes(el, queued + queued_start, end - queued_start);
    queued_start = newline >= 0 ? end + 1 : end;
    if (queued_start == queued_end) discard_queued();
    el_set(el, EL_REFRESH);
    return newline >= 0;
}

/// EL_GETCFN: one character from stdin, decoded with the locale (UTF-8), waiting in ppoll.
static int read_char(EditLine *el, wchar_t *wc) {
    char bytes[MB_LEN_MAX];
    size_t count = 0;
    for (;;) {
        if (pending_interrupt) {
            pending_interrupt = 0;
            interrupted_read = 1;
            *wc = L'\0';
            errno = EINTR;
            return -1;
        }
        if (pending_resize) { // new width; redrawn with the next key, as libedit does itself
            pending_resize = 0;
            el_resize(el);
        }
        if (pending_resume) { // back from ^Z (fg): the terminal is cooked again; raw mode, redraw
            pending_resume = 0;
            el_set(el, EL_PREP_TERM, 0);
            el_set(el, EL_PREP_TERM, 1);
            el_set(el, EL_REFRESH);
        }
        if (count == 0 && waiting_bytes() >= BULK_THRESHOLD) {
            if (take_bulk(el)) {
                *wc = L'\n';
                return 1;
            }
            continue;
        }
        char c;
        if (queued_count() > 0) {
            c = queued[queued_start++];
            if (queued_start == queued_end) discard_queued();
        } else {
            if (wait_readable(STDIN_FILENO, -1) < 0) {
                if (errno == EINTR) continue; // the loop head decides whether it was our SIGINT
                return -1;
            }
            if (count == 0 && waiting_bytes() >= BULK_THRESHOLD) continue;
            ssize_t n = read(STDIN_FILENO, &c, 1);
            if (n == 0) {
                *wc = L'\0';
                return 0;
            }
            if (n < 0) {
                if (errno == EINTR || errno == EAGAIN) continue;
                return -1;
            }
        }
        bytes[count++] = c;
        mbstate_t state;
        memset(&state, 0, sizeof state);
        size_t used = mbrtowc(wc, bytes, count, &state);
        if (used == (size_t)-2 && count < sizeof bytes) continue; // incomplete sequence
        if (used == (size_t)-1 || used == (size_t)-2) {           // invalid: drop it
            count = 0;
            continue;
        }
        // A Tab with more input already behind it is pasted text (a paste whose first bytes came
        // before the rest), not a request to complete: a person pressing Tab waits for the result.
        if (*wc == L'\t' && waiting_bytes() > 0) {
            el_winsertstr(el, L"\t");
            el_set(el, EL_REFRESH);
            count = 0;
            continue;
        }
        return 1;
    }
}

EditLine *le_init(const char *prog) {
    setlocale(LC_CTYPE, "");
    return el_init(prog, stdin, stdout, stderr);
}

History *le_history_init(int size) {
    History *h = history_init();
    if (h == NULL) return NULL;
    HistEvent ev;
    history(h, &ev, H_SETSIZE, size);
    history(h, &ev, H_SETUNIQUE, 1);
    return h;
}

void le_configure(EditLine *el, History *h, int source_editrc) {
    el_set(el, EL_EDITOR, "emacs");
    el_set(el, EL_PROMPT_ESC, prompt_fn, '\1'); // \1...\1 brackets invisible sequences (colours)
    if (h != NULL) el_set(el, EL_HIST, history, h);
    el_set(el, EL_SIGNAL, 0); // see "Signals" above
    el_set(el, EL_GETCFN, read_char);
    install(SIGWINCH, on_winch_or_cont, SA_RESTART);
    install(SIGCONT, on_winch_or_cont, SA_RESTART);
    install(SIGTSTP, on_tstp, SA_RESTART);
    el_set(el, EL_ADDFN, "vern-complete", "Complete the word before the cursor", complete_trampoline);
    el_set(el, EL_BIND, "^I", "vern-complete", NULL);
    if (source_editrc) el_source(el, NULL);
}

le_gets_status le_gets(EditLine *el, const char **line, int *length) {
    int count = 0;
    fflush(stdout);
    fflush(stderr);
    el_resize(el); // resizes while no prompt was active (the handlers only flag them during reads)
    // Raw mode *before* el_gets prints the prompt; otherwise keys typed right after the prompt
    // appears are still cooked by the kernel (echoed twice; a Ctrl-D becomes a lost cooked EOF).
    if (tcgetattr(STDIN_FILENO, &restore_termios) == 0) restore_fd = STDIN_FILENO;
    el_set(el, EL_PREP_TERM, 1);
    drain_reader_signals();
    pending_interrupt = 0;
    pending_resize = 0;
    pending_resume = 0;
    interrupted_read = 0;
    reading = READING_EDITOR;
    const char *p = el_gets(el, &count);
    reading = 0;
    restore_fd = -1;
    drain_reader_signals();
    if (interrupted_read) { // typeahead goes with the line, as after ^C
        tcflush(STDIN_FILENO, TCIFLUSH);
        discard_queued();
    }
    *line = p;
    *length = count;
    if (interrupted_read) return LE_GETS_INTERRUPTED;
    if (p != NULL && count > 0) return LE_GETS_LINE;
    return LE_GETS_EOF;
}

void le_history_enter(History *h, const char *line) {
    if (h == NULL) return;
    HistEvent ev;
    history(h, &ev, H_ENTER, line);
}

int le_input_pending(int timeout_ms) {
    if (queued_count() > 0) return 1;
    struct pollfd p = {.fd = STDIN_FILENO, .events = POLLIN};
    for (;;) {
        int r = poll(&p, 1, timeout_ms);
        if (r < 0 && errno == EINTR) continue;
        return r > 0 && (p.revents & POLLIN) ? 1 : 0;
    }
}

void le_end(EditLine *el, History *h) {
    if (el != NULL) el_end(el);
    if (h != NULL) history_end(h);
}

void le_set_completion_callback(le_completion_callback callback) { completion_callback = callback; }

int le_insert(EditLine *el, const char *text) { return el_insertstr(el, text); }

// ---- Masked input ----------------------------------------------------------------------------

static void write_all(int fd, const char *s, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, s, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return;
        }
        s += w;
        n -= (size_t)w;
    }
}

static void set_attr(int fd, int action, const struct termios *t) {
    while (tcsetattr(fd, action, t) != 0 && errno == EINTR) {
    }
}

long le_read_secret(const char *prompt, char *buffer, size_t capacity) {
    if (buffer == NULL || capacity == 0) return LE_SECRET_UNAVAILABLE;
    buffer[0] = '\0';
    int fd = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) return LE_SECRET_UNAVAILABLE;
    struct termios saved;
    if (tcgetattr(fd, &saved) != 0) {
        close(fd);
        return LE_SECRET_UNAVAILABLE;
    }
    fflush(stdout);
    fflush(stderr);

    struct termios quiet = saved;
    quiet.c_lflag &= ~(tcflag_t)(ECHO | ECHONL);
    quiet.c_lflag |= ICANON | ISIG; // line editing by the kernel (erase works), ^C stays a signal

    drain_reader_signals();
    pending_interrupt = 0;
    pending_resume = 0;
    restore_termios = saved;
    restore_fd = fd;
    reading = READING_SECRET;
    if (prompt != NULL) write_all(fd, prompt, strlen(prompt));
    set_attr(fd, TCSAFLUSH, &quiet); // drop typeahead typed while echo was on
    discard_queued();

    long result = 0;
    size_t len = 0;
    for (;;) {
        if (pending_interrupt) {
            pending_interrupt = 0;
            result = LE_SECRET_INTERRUPTED;
            break;
        }
        if (pending_resume) { // back from ^Z, which restored echo: turn it off again
            pending_resume = 0;
            set_attr(fd, TCSAFLUSH, &quiet);
        }
        if (wait_readable(fd, -1) < 0) {
            if (errno == EINTR) continue;
            result = LE_SECRET_UNAVAILABLE;
            break;
        }
        char c;
        ssize_t n = read(fd, &c, 1);
        if (n == 1) {
            if (c == '\n' || c == '\r') break;
            if (len + 1 < capacity) buffer[len++] = c;
            continue;
        }
        if (n == 0) { // ^D on an empty line
            result = LE_SECRET_INTERRUPTED;
            break;
        }
        if (errno == EINTR) continue; // the loop head decides whether it was our SIGINT
        result = LE_SECRET_UNAVAILABLE;
        break;
    }
    // Interrupted: discard the half-typed secret (a SIGINT sent with kill(1) leaves it queued).
    set_attr(fd, result < 0 ? TCSAFLUSH : TCSANOW, &saved);
    reading = 0;
    restore_fd = -1;
    drain_reader_signals();
    write_all(fd, "\n", 1);
    close(fd);
    if (result < 0) {
        le_secure_zero(buffer, capacity);
        return result;
    }
    buffer[len] = '\0';
    return (long)len;
}

// ---- stdio -----------------------------------------------------------------------------------

void le_write_stdout(const char *text) {
    fputs(text, stdout);
    fflush(stdout);
}

void le_flush_stdio(void) {
    fflush(stdout);
    fflush(stderr);
}

int le_window_width(int fd) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
    return 0;
}

int le_window_height(int fd) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_row > 0) return ws.ws_row;
    return 0;
}

void le_secure_zero(void *buffer, size_t length) {
    volatile unsigned char *p = buffer;
    while (length--) *p++ = 0;
}
