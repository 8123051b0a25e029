"""Portal's test mail server: aiosmtpd on loopback writing every message into a maildir, with STARTTLS or implicit
TLS (SMTPS) from the certificate the test made, and AUTH checked against one account when asked."""
import argparse
import signal
import ssl
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Mailbox
from aiosmtpd.smtp import AuthResult

parser = argparse.ArgumentParser()
parser.add_argument("--port", type=int, required=True)
parser.add_argument("--maildir", required=True)
parser.add_argument("--tls", choices=["none", "starttls", "implicit"], default="none")
parser.add_argument("--cert")
parser.add_argument("--key")
parser.add_argument("--user")
parser.add_argument("--password")
args = parser.parse_args()

context = None
if args.tls != "none":
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(args.cert, args.key)


def authenticate(server, session, envelope, mechanism, auth_data):
    return AuthResult(success=auth_data.login.decode() == args.user and auth_data.password.decode() == args.password, handled=False)


options = {}
if args.tls == "starttls":
    options.update(tls_context=context, require_starttls=True)
if args.user:
    # Over implicit TLS the whole session is encrypted, so AUTH needs no STARTTLS first.
    options.update(authenticator=authenticate, auth_required=True, auth_require_tls=args.tls != "implicit")
controller = Controller(Mailbox(args.maildir), hostname="127.0.0.1", port=args.port,
                        ssl_context=context if args.tls == "implicit" else None, **options)
controller.start()
stop = threading.Event()
signal.signal(signal.SIGTERM, lambda *_: stop.set())
signal.signal(signal.SIGINT, lambda *_: stop.set())
stop.wait()
controller.stop()
