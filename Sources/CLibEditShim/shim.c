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

// ---- SIGINT ----------------------------------------------------------------------------------

// How a Ctrl-C reaches a blocked read without a race: the reader thread keeps SIGINT blocked and
// waits for input only in ppoll() with SIGINT unblocked (the pselect pattern). The handler sets
// `pending_interrupt` and, from another thread, pthread_kill()s the reader; that signal stays pending
// until the reader's next ppoll, which then fails with EINTR. The reader checks `pending_interrupt`
// before every wait, so a Ctrl-C arriving while it is busy (echoing, redrawing) is never lost.
static volatile sig_atomic_t reader_set = 0;
static pthread_t reader;
static volatile sig_atomic_t reading = 0;           // el_gets or a masked read is active
static volatile sig_atomic_t pending_interrupt = 0; // a SIGINT arrived while reading
static volatile unsigned long read_interrupts = 0;  // SIGINTs seen while reading
static volatile sig_atomic_t kill_in_flight = 0;    // a handler is between its flag and pthread_kill
static int sigpipe_fds[2] = {-1, -1};
static pthread_mutex_t install_lock = PTHREAD_MUTEX_INITIALIZER;

static void on_sigint(int signo) {
    (void)signo;
    int saved = errno;
    if (reading) {
        int forward = reader_set && !pthread_equal(pthread_self(), reader);
        if (forward) kill_in_flight = 1;
        pending_interrupt = 1;
        read_interrupts++;
        if (forward) {
            pthread_kill(reader, SIGINT);
            kill_in_flight = 0;
        }
    } else if (sigpipe_fds[1] >= 0) {
        char c = 1;
        (void)!write(sigpipe_fds[1], &c, 1); // non-blocking: a full pipe drops the byte
    }
    errno = saved;
}

/// Waits until `fd` is readable with SIGINT unblocked for the duration of the wait only.
/// Returns 1 when readable, -1 with errno EINTR when a signal arrived.
static int wait_readable(int fd) {
    sigset_t during;
    pthread_sigmask(SIG_BLOCK, NULL, &during);
    sigdelset(&during, SIGINT);
    struct pollfd p = {.fd = fd, .events = POLLIN};
    int r = ppoll(&p, 1, NULL, &during);
    if (r < 0) return -1;
    return 1;
}

/// Consumes a SIGINT left pending on the reader thread (a pthread_kill whose wake-up was not needed
/// because the reader saw `pending_interrupt` first). Left there, it would fire at the next ppoll,
/// inside the next el_gets, as a phantom Ctrl-C, and could run libedit's handler concurrently with
/// a real one (libedit then installs SIG_ERR as the SIGINT handler).
static void drain_reader_sigint(void) {
    while (kill_in_flight) sched_yield();
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    struct timespec zero = {0, 0};
    while (sigtimedwait(&set, NULL, &zero) == SIGINT) {
    }
}

static void install_handler(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0; // no SA_RESTART: el_gets and read() must see EINTR
    sigaction(SIGINT, &sa, NULL);
}

/// Before each read: our handler, not whatever an interrupted libedit handler left behind.
static void ensure_handler(void) {
    struct sigaction current;
    if (sigaction(SIGINT, NULL, &current) == 0 && current.sa_handler != on_sigint) install_handler();
}

int le_install_sigint(void) {
    pthread_mutex_lock(&install_lock);
    if (sigpipe_fds[0] < 0) {
        int fds[2];
        if (pipe2(fds, O_CLOEXEC) == 0) {
            fcntl(fds[1], F_SETFL, fcntl(fds[1], F_GETFL) | O_NONBLOCK);
            sigpipe_fds[0] = fds[0];
            sigpipe_fds[1] = fds[1];
            install_handler();
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
    pthread_sigmask(SIG_BLOCK, &block, NULL); // delivered only inside wait_readable()
    reader = pthread_self();
    reader_set = 1;
}

unsigned long le_read_interrupt_count(void) { return read_interrupts; }

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

/// EL_GETCFN: one character from stdin, decoded with the locale (UTF-8), waiting in ppoll.
static int read_char(EditLine *el, wchar_t *wc) {
    (void)el;
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
        if (wait_readable(STDIN_FILENO) < 0) {
            if (errno == EINTR) continue; // the loop head decides whether it was our SIGINT
            return -1;
        }
        char c;
        ssize_t n = read(STDIN_FILENO, &c, 1);
        if (n == 0) {
            *wc = L'\0';
            return 0;
        }
        if (n < 0) {
            if (errno == EINTR || errno == EAGAIN) continue;
            return -1;
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
    el_set(el, EL_SIGNAL, 1);
    el_set(el, EL_GETCFN, read_char);
    el_set(el, EL_ADDFN, "vern-complete", "Complete the word before the cursor", complete_trampoline);
    el_set(el, EL_BIND, "^I", "vern-complete", NULL);
    if (source_editrc) el_source(el, NULL);
}

le_gets_status le_gets(EditLine *el, const char **line, int *length) {
    int count = 0;
    fflush(stdout);
    fflush(stderr);
    el_resize(el); // libedit only watches SIGWINCH inside el_gets
    // Raw mode *before* el_gets prints the prompt; otherwise keys typed right after the prompt
    // appears are still cooked by the kernel (echoed twice; a Ctrl-D becomes a lost cooked EOF).
    el_set(el, EL_PREP_TERM, 1);
    ensure_handler();
    drain_reader_sigint();
    pending_interrupt = 0;
    interrupted_read = 0;
    reading = 1;
    const char *p = el_gets(el, &count);
    reading = 0;
    drain_reader_sigint();
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

    ensure_handler();
    drain_reader_sigint();
    pending_interrupt = 0;
    reading = 1;
    if (prompt != NULL) write_all(fd, prompt, strlen(prompt));
    set_attr(fd, TCSAFLUSH, &quiet); // drop typeahead typed while echo was on

    long result = 0;
    size_t len = 0;
    for (;;) {
        if (pending_interrupt) {
            pending_interrupt = 0;
            result = LE_SECRET_INTERRUPTED;
            break;
        }
        if (wait_readable(fd) < 0) {
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
    set_attr(fd, TCSANOW, &saved);
    reading = 0;
    drain_reader_sigint();
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

void le_secure_zero(void *buffer, size_t length) {
    volatile unsigned char *p = buffer;
    while (length--) *p++ = 0;
}
