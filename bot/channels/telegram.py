"""Telegram frontend (python-telegram-bot 22): thin handlers around the Assistant.

Updates of different users are handled concurrently, each user's in order (`PerUserUpdates`);
a cry for help skips its user's queue. Every call to Telegram is retried for a bounded
time (`bot/channels/delivery.py`).

Long polling by default; a webhook with a secret token when WEBHOOK_URL is set.
TELEGRAM_API_URL is PTB's base_url, so tests and self-hosted Bot API servers work.
"""
from __future__ import annotations

import asyncio
import logging
import secrets
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlparse
from typing import Any, Awaitable, Callable, Optional

from telegram import BotCommand, InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions, Update
from telegram.constants import MessageLimit
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import (
    ChatMemberHandler,
    Application,
    ApplicationBuilder,
    BaseUpdateProcessor,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.advisories import store as advisories
from bot.advisories.sender import SENT, Broadcaster, Result
from bot.advisories.store import Advisory
from bot.channels.delivery import RetryingRequests, SendMeter, broadcast_result
from bot.channels.heartbeat import Heartbeat
from bot.channels.http import AiohttpRequest
from bot.cases.service import STAFF, Notice
from bot.core.assistant import Assistant, Button, Reply
from bot.core.commands import MENU_COMMANDS, STAFF_COMMANDS, read_command
from bot.core.lanes import UserLanes
from bot.language import SUPPORTED
from bot.language.texts import COMMAND_DESCRIPTIONS, t
from bot.settings import Settings
from bot.store import messages
from bot.store import staff as staff_store
from bot.store.access import telegram_id
from bot.store.database import now

logger = logging.getLogger(__name__)
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


def split_text(text: str, limit: int = MessageLimit.MAX_TEXT_LENGTH) -> list[str]:
    """Cut long texts at paragraph or line breaks so each part fits one message."""
    parts: list[str] = []
    while len(text) > limit:
        cut = max(text.rfind("\n\n", 0, limit), text.rfind("\n", 0, limit))
        cut = cut if cut > limit // 2 else limit
        parts.append(text[:cut].rstrip())
        text = text[cut:].lstrip("\n")
    parts.append(text)
    return [p for p in parts if p.strip()]


def keyboard(reply: Reply) -> Optional[InlineKeyboardMarkup]:
    if not reply.buttons:
        return None
    rows, row = [], []
    for button in reply.buttons:
        row.append(InlineKeyboardButton(button.title, callback_data=button.payload[:64]))
        if len(row) == 2 or len(button.title) > 16:
            rows.append(row)
            row = []
    if row:
        rows.append(row)
    return InlineKeyboardMarkup(rows)


def _update_user(update: object) -> Optional[int]:
    user = getattr(update, "effective_user", None)
    return user.id if user else None


def _update_text(update: object) -> Optional[str]:
    message = getattr(update, "effective_message", None)
    if getattr(update, "callback_query", None) is not None:
        return None
    return (message.text or message.caption) if message else None


def _update_button(update: object) -> Optional[str]:
    query = getattr(update, "callback_query", None)
    return query.data if query is not None else None


def _update_location(update: object) -> bool:
    message = getattr(update, "effective_message", None)
    return message is not None and (getattr(message, "location", None) is not None
                                    or getattr(message, "venue", None) is not None)


# Telegram splits a pasted text over 4096 characters into several messages: a part this long
# waits this long for the rest, so a long ad or story is read (and answered) once, whole.
SPLIT_PART_CHARS = 3500
JOIN_SECONDS = 1.0
SEND_CONNECTIONS = 16
# Messages handled at once (each mostly waits for its turn of the dialogue thread). A burst
# (the backlog after a restart) queues here, so that a button press (a report's "send"), a
# shared location or an emergency, which do not wait, is not queued behind it.
MESSAGE_SLOTS = 16


class PerUserUpdates(BaseUpdateProcessor):
    """Concurrent across users, in order within one user; an emergency is never queued;
    at most `MESSAGE_SLOTS` ordinary messages at once, while button presses and locations
    go ahead of a backlog.

    A handler holding a long text may wait for its continuation (`continuation`): the next
    text update of that user is handed to it instead of being processed on its own."""

    def __init__(self, max_concurrent_updates: int, urgent: Callable[[Optional[str]], bool]) -> None:
        super().__init__(max_concurrent_updates)
        self.lanes = UserLanes()
        self.urgent = urgent
        self._joins: dict[int, asyncio.Future[Any]] = {}
        self._pending: set[tuple[int, Optional[str], Optional[str]]] = set()  # (user, text, button) not yet answered
        self._slots: Optional[asyncio.Semaphore] = None

    async def continuation(self, user: int, timeout: float = JOIN_SECONDS) -> Optional[Any]:
        """The user's next text update if it arrives within `timeout`, else None."""
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._joins[user] = future
        try:
            return await asyncio.wait_for(future, timeout)
        except asyncio.TimeoutError:
            return None
        finally:
            self._joins.pop(user, None)

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = _update_user(update)
        waiting = self._joins.get(key) if key is not None else None
        text = _update_text(update)
        if waiting is not None and not waiting.done() and text and not text.startswith("/"):
            waiting.set_result(update)  # the rest of a split paste: read with its first part
            getattr(coroutine, "close", lambda: None)()
            return
        if key is None or self.urgent(text):
            await coroutine
            return
        same = (key, text, _update_button(update))
        if (text or same[2]) and same in self._pending:
            # The same text or tap again before the first was answered: a person resending
            # because the bot is slow (after a restart, under load). It can only be the same
            # request (no new question was shown yet): answer it once, and not add to the wait.
            getattr(coroutine, "close", lambda: None)()
            return
        if text or same[2]:
            self._pending.add(same)
        try:
            async with self.lanes.lane(str(key)):
                if same[2] is not None or _update_location(update):
                    await coroutine
                else:
                    if self._slots is None:
                        self._slots = asyncio.Semaphore(MESSAGE_SLOTS)
                    async with self._slots:
                        await coroutine
        finally:
            self._pending.discard(same)

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass


class PollingRequest(AiohttpRequest):
    """The getUpdates connection: every answer (even an empty one) is a sign of life."""

    def __init__(self, on_answer: Callable[[], None], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.on_answer = on_answer

    async def do_request(self, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        result = await super().do_request(*args, **kwargs)
        self.on_answer()
        return result


def _private(update: Update) -> bool:
    return bool(update.effective_chat and update.effective_chat.type == "private")


class TelegramBot:
    def __init__(self, assistant: Assistant, settings: Settings) -> None:
        self.assistant = assistant
        self.settings = settings
        self.heartbeat = Heartbeat(
            assistant.storage, lambda: assistant.mode,
            "webhook" if settings.webhook_url else "polling", settings.heartbeat_seconds,
            alive=self._webhook_alive if settings.webhook_url else None,
        )
        self.application: Optional[Application] = None
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="message-ids")
        self._outbox_event = asyncio.Event()
        self.meter = SendMeter()  # replies in the last second: the advisory sender leaves room for them  # set when notices were queued: the sweeper sends them now

    async def notify(self, notice: Notice) -> None:
        """A notice for another chat: the staff chat (or each staff member when none is set), or a reporter."""
        if self.application is None:
            return
        if notice.target == STAFF:
            chats = self.staff_chats(*notice.mission)
        else:
            chats = [cid] if (cid := telegram_id(notice.target)) is not None else []
        markup = keyboard(Reply(notice.text, [Button(b["title"], b["payload"]) for b in notice.buttons]))
        for chat in chats:
            try:
                sent = await self.application.bot.send_message(chat, notice.text, reply_markup=markup,
                                                               disable_notification=notice.silent,
                                                               link_preview_options=NO_PREVIEW)
                if notice.target != STAFF:  # a reporter's chat: discreet mode deletes it like the rest
                    self.remember_message(notice.target, chat, sent.message_id)
            except TelegramError:
                logger.error("A notice for %s could not be sent to chat %s", notice.target, chat, exc_info=True)

    # -- advisories ------------------------------------------------------------------------
    async def broadcast_send(self, chat: int, text: str) -> Result:
        """One advisory copy: one attempt; the sender decides what its failure means."""
        assert self.application is not None
        try:
            sent = await self.application.bot.send_message(chat, text, link_preview_options=NO_PREVIEW,
                                                           rate_limit_args={"broadcast": True})
        except TelegramError as error:
            return broadcast_result(error)
        self.remember_message(f"tg:{chat}", chat, sent.message_id)  # discreet mode deletes these too
        return Result(SENT, message_id=sent.message_id)

    async def broadcast_progress(self, advisory: Advisory, figures: dict[str, int], done: bool) -> None:
        """One message to the author, edited as the advisory goes out; the final figures also
        to the staff chat."""
        if self.application is None:
            return
        lang = self.settings.staff_language
        finished = sum(figures[k] for k in ("sent", "blocked", "failed", "unknown"))
        values = dict(code=advisory.code, count=advisory.audience_count or 0, done=finished, **{
            k: figures[k] for k in ("sent", "blocked", "failed", "unknown")})
        text = t("adv_finished" if done else "adv_progress", lang, **values)
        author = telegram_id(advisory.author)
        bot = self.application.bot
        try:
            if advisory.progress_message and advisory.progress_chat:
                await bot.edit_message_text(text, chat_id=advisory.progress_chat, message_id=advisory.progress_message)
            elif author is not None:
                sent = await bot.send_message(author, text)
                advisories.set_progress(self.assistant.storage.db.conn, advisory.id, author, sent.message_id)
        except BadRequest:
            pass  # "message is not modified": the figures did not move
        except TelegramError:
            logger.warning("Could not show the progress of advisory %s", advisory.code, exc_info=True)
        if done:
            await self.notify(Notice(STAFF, text, mission=(advisory.nationality, advisory.host_country)))

    async def on_member(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """The user blocked the bot (or unblocked it): no advisory goes to a blocked chat."""
        change = update.my_chat_member
        if change is None or change.chat.type != "private":
            return
        user = f"tg:{change.from_user.id}"
        if change.new_chat_member.status in ("kicked", "left"):
            self.assistant.storage.save_user(user, subscribed=0, blocked_at=now())
        elif self.assistant.storage.get_user(user):
            self.assistant.storage.save_user(user, blocked_at=None)

    def staff_chats(self, citizen: Optional[str] = None, host: Optional[str] = None) -> list[int]:
        """Where a staff notice goes: the mission's own staff chat, else STAFF_CHAT_ID, else
        privately to the mission's officers and every admin."""
        conn = self.assistant.storage.db.conn
        chat = staff_store.mission_chat(conn, citizen, host) or self.settings.staff_chat_id
        return [chat] if chat else staff_store.of_mission(conn, citizen, host)

    def remember_message(self, user_key: str, chat_id: int, message_id: int) -> None:
        """A message of a private chat, for discreet mode and /wipe (its id only, never its text).
        Written by one writer thread: the loop that sends cards never waits for the disk."""

        def write() -> None:
            try:
                messages.record(self.assistant.storage.quick.conn, user_key, chat_id, message_id)
            except Exception:
                logger.exception("Could not record message %s of chat %s", message_id, chat_id)

        self._writer.submit(write)

    def remember_incoming(self, update: Update) -> None:
        message = update.effective_message
        if message is not None and _private(update) and update.effective_user:
            self.remember_message(self.user_key(update), message.chat_id, message.message_id)

    async def deliver_outbox(self) -> None:
        """Notices decided where no channel was at hand (a custom action filing a case)."""
        for notice_id, notice in self.assistant.cases.pending():
            try:
                await self.notify(self.assistant.signed_notice(notice))
            except Exception:
                logger.exception("Outbox notice %s not delivered yet", notice_id)
                continue
            self.assistant.cases.sent(notice_id)

    async def sweep(self) -> None:
        """Delete the messages whose time has come (discreet mode, /wipe); runs every few seconds."""
        while True:
            try:
                await asyncio.wait_for(self._outbox_event.wait(), self.settings.sweep_seconds)
            except asyncio.TimeoutError:
                pass
            self._outbox_event.clear()
            if self.application is None:
                continue
            await self.deliver_outbox()
            conn = self.assistant.storage.db.conn
            for row_id, chat_id, message_id in messages.due(conn):
                try:
                    await self.application.bot.delete_message(chat_id, message_id)
                except BadRequest:
                    pass  # too old (48 h) or already gone: nothing more can be done
                except TelegramError:
                    logger.warning("Could not delete message %s of chat %s yet", message_id, chat_id, exc_info=True)
                    continue
                messages.mark_done(conn, row_id)

    def user_key(self, update: Update) -> str:
        return f"tg:{update.effective_user.id}"

    async def send(self, update: Update, context: ContextTypes.DEFAULT_TYPE, replies: list[Reply], *,
                   urgent: bool = False, to: Optional[int] = None) -> None:
        """Send every reply in order; one that still fails after the retries is logged with the update."""
        chat_id = to if to is not None else update.effective_chat.id
        private = to is not None or _private(update)
        for reply in replies:
            parts = split_text(reply.text) or [" "]
            for i, part in enumerate(parts):
                markup = keyboard(reply) if i == len(parts) - 1 else None
                try:
                    sent = await context.bot.send_message(
                        chat_id, part, reply_markup=markup, link_preview_options=NO_PREVIEW,
                        rate_limit_args={"resend_if_unsure": urgent},
                    )
                    if private:
                        self.remember_message(f"tg:{chat_id}", chat_id, sent.message_id)
                except Forbidden:
                    if private:  # the user blocked the bot: no advisory goes to them any more
                        self.assistant.storage.save_user(f"tg:{chat_id}", subscribed=0, blocked_at=now())
                    logger.info("Chat %s blocked the bot", chat_id)
                    return
                except TelegramError:
                    logger.error("A reply to update %s (chat %s) could not be sent: %r",
                                 update.update_id, chat_id, part[:80], exc_info=True)

    # -- handlers --------------------------------------------------------------------
    async def on_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        self.remember_incoming(update)
        message = update.effective_message
        text = message.text or message.caption or ""
        urgent = self.assistant.is_urgent(text)
        joins = context.application.update_processor
        while (not urgent and len(text) >= SPLIT_PART_CHARS and _private(update)
               and isinstance(joins, PerUserUpdates)):
            rest = await joins.continuation(update.effective_user.id)
            if rest is None:
                break
            self.remember_incoming(rest)
            part = rest.effective_message.text or rest.effective_message.caption or ""
            text += ("" if text.endswith(("\n", " ")) or part.startswith(("\n", " ")) else " ") + part
            if len(part) < SPLIT_PART_CHARS:
                break
        async for replies in self.assistant.replies(
            self.user_key(update),
            text,
            client_language=update.effective_user.language_code,
            forwarded=message.forward_origin is not None,
            origin=self.origin_of(message, context),
        ):
            await self.send(update, context, replies, urgent=urgent)  # the card goes before the model is asked

    def origin_of(self, message: Any, context: ContextTypes.DEFAULT_TYPE) -> Optional[str]:
        """For a forwarded message: "bot" when it was ours, "official" from an embassy channel."""
        origin = message.forward_origin
        if origin is None:
            return None
        sender = getattr(origin, "sender_user", None)
        if sender is not None and sender.id == context.bot.id:
            return "bot"
        chat = getattr(origin, "chat", None) or getattr(origin, "sender_chat", None)
        if chat is not None and chat.id in self.settings.official_channel_ids:
            return "official"
        return None

    async def on_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        # The spinner on the button is stopped while the press is handled, not before: one
        # round trip to Telegram less before the answer (a confirmation, a case code).
        answered = asyncio.ensure_future(query.answer())
        try:
            replies = await self.assistant.handle(
                self.user_key(update),
                query.data or "",
                client_language=update.effective_user.language_code,
                from_button=True,
            )
            # A button pressed in a group (the staff chat): the answer goes to the presser privately,
            # so a case's details never sit in a group.
            await self.send(update, context, replies, to=None if _private(update) else update.effective_user.id)
        finally:
            try:
                await answered
            except TelegramError:
                logger.warning("Could not answer the callback query of update %s", update.update_id, exc_info=True)

    async def on_other(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        self.remember_incoming(update)
        message = update.effective_message
        location = message and (message.location or (message.venue.location if message.venue else None))
        if location is not None:
            replies = await self.assistant.handle_location(
                self.user_key(update), location.latitude, location.longitude,
                client_language=update.effective_user.language_code,
            )
            await self.send(update, context, replies, urgent=True)
            return
        kind, file_id = "other", None
        if message is not None and message.photo:
            kind, file_id = "photo", message.photo[-1].file_id  # the largest size; the bytes stay with Telegram
        elif message is not None and message.document and (message.document.mime_type or "").startswith("image/"):
            kind, file_id = "photo", message.document.file_id
        replies = await self.assistant.handle_other(
            self.user_key(update), kind, client_language=update.effective_user.language_code, file_id=file_id
        )
        await self.send(update, context, replies)

    async def on_group(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        text = update.effective_message.text or ""
        command = read_command(text)
        if command is not None and command.name in STAFF_COMMANDS:
            # Staff commands work in the staff chat; the answer goes to the sender privately.
            replies = await self.assistant.handle(self.user_key(update), text,
                                                  client_language=update.effective_user.language_code)
            await self.send(update, context, replies, to=update.effective_user.id)
            return
        lang = self.assistant.language_of(self.user_key(update), update.effective_user.language_code)
        await update.effective_message.reply_text(t("group_chat", lang))

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        logger.error("Update failed", exc_info=context.error)
        if isinstance(update, Update) and update.effective_chat and update.effective_user:
            lang = self.assistant.language_of(self.user_key(update), update.effective_user.language_code)
            try:
                await context.bot.send_message(update.effective_chat.id, t("error", lang))
            except Exception:
                logger.exception("Could not tell the user about the error")

    async def set_commands(self, application: Application) -> None:
        """The command menu in every supported language; English is the default."""
        for lang in SUPPORTED:
            commands = [BotCommand(name, COMMAND_DESCRIPTIONS[name][lang]) for name in MENU_COMMANDS]
            await application.bot.set_my_commands(commands, language_code=None if lang == "en" else lang)

    async def _webhook_alive(self) -> bool:
        if self.application is None:
            return False
        try:
            await self.application.bot.get_webhook_info()
            return True
        except TelegramError:
            logger.warning("getWebhookInfo failed: no heartbeat", exc_info=True)
            return False

    async def _post_init(self, application: Application) -> None:
        try:
            await self.set_commands(application)
        except TelegramError:
            logger.warning("Could not set the command menu", exc_info=True)
        self.heartbeat.start()
        self._sweeper = asyncio.get_running_loop().create_task(self.sweep(), name="sweeper")
        self._sender = asyncio.get_running_loop().create_task(self.broadcaster.run(), name="advisory-sender")

    async def _post_stop(self, application: Application) -> None:
        await self.heartbeat.stop()
        for task in (getattr(self, "_sweeper", None), getattr(self, "_sender", None)):
            if task is not None:
                task.cancel()
                try:
                    await task
                except asyncio.CancelledError:
                    pass

    def build(self) -> Application:
        builder = (
            ApplicationBuilder()
            .token(self.settings.telegram_token or "")
            .base_url(self.settings.telegram_api_url)
            .rate_limiter(RetryingRequests(self.settings.send_retry_seconds, meter=self.meter))
            .concurrent_updates(PerUserUpdates(self.settings.max_concurrent_updates, self.assistant.is_urgent))
            # aiohttp, not httpx: a tenth of the CPU per request (see bot/channels/http.py). 16
            # connections carry Telegram's 30 messages a second at a 0.5 s round trip.
            .request(AiohttpRequest(SEND_CONNECTIONS))
            .get_updates_request(PollingRequest(self.heartbeat.contact, connection_pool_size=1))
            .post_init(self._post_init)
            .post_stop(self._post_stop)
        )
        if self.settings.telegram_api_url.endswith("/bot"):
            builder = builder.base_file_url(self.settings.telegram_api_url[: -len("/bot")] + "/file/bot")
        application = builder.build()
        private = filters.ChatType.PRIVATE
        groups = filters.ChatType.GROUPS
        application.add_handler(CallbackQueryHandler(self.on_button))
        application.add_handler(
            MessageHandler(private & filters.UpdateType.MESSAGES & (filters.TEXT | filters.COMMAND), self.on_text)
        )
        # A forwarded ad is often a picture with the offer in its caption: check the caption.
        application.add_handler(MessageHandler(private & filters.UpdateType.MESSAGES & filters.FORWARDED & filters.CAPTION, self.on_text))
        application.add_handler(MessageHandler(private & filters.UpdateType.MESSAGES, self.on_other))
        application.add_handler(
            MessageHandler(groups & (filters.COMMAND | filters.Entity("mention")), self.on_group)
        )
        application.add_handler(ChatMemberHandler(self.on_member, ChatMemberHandler.MY_CHAT_MEMBER))
        application.add_error_handler(self.on_error)
        self.application = application
        self.assistant.notify = self.notify
        self.assistant.outbox_ready = self._outbox_event.set
        self.broadcaster = Broadcaster(self.assistant.storage, self.broadcast_send, rate=self.settings.broadcast_rate,
                                       progress=self.broadcast_progress, others=self.meter.last_second,
                                       busy=lambda chat: self.meter.answered_recently(chat, 1.5),
                                       total_rate=max(29.0, self.settings.broadcast_rate + 4))  # one spare: clocks differ
        self.assistant.advisories_ready = self.broadcaster.wake.set
        return application

    def run(self) -> None:
        application = self.build()
        if self.settings.webhook_url:
            secret = self.settings.webhook_secret or secrets.token_urlsafe(32)
            application.run_webhook(
                listen=self.settings.webhook_listen,
                port=self.settings.webhook_port,
                url_path=urlparse(self.settings.webhook_url).path.strip("/"),
                webhook_url=self.settings.webhook_url,
                secret_token=secret,
                allowed_updates=Update.ALL_TYPES,
            )
        else:
            application.run_polling(allowed_updates=Update.ALL_TYPES, timeout=self.settings.poll_timeout)
