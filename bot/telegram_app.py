"""Telegram frontend (python-telegram-bot 22): thin handlers around the Assistant.

Long polling by default; a webhook with a secret token when WEBHOOK_URL is set.
TELEGRAM_API_URL is PTB's base_url, so tests and self-hosted Bot API servers work.
"""
from __future__ import annotations

import logging
import secrets
from urllib.parse import urlparse
from typing import Optional

from telegram import BotCommand, InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions, Update
from telegram.constants import MessageLimit
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.assistant import MENU_COMMANDS, Assistant, Reply
from bot.language import SUPPORTED
from bot.settings import Settings
from bot.texts import COMMAND_DESCRIPTIONS, t

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


class TelegramBot:
    def __init__(self, assistant: Assistant, settings: Settings) -> None:
        self.assistant = assistant
        self.settings = settings

    def user_key(self, update: Update) -> str:
        return f"tg:{update.effective_user.id}"

    def is_staff(self, update: Update) -> bool:
        return bool(update.effective_user and update.effective_user.id in self.settings.staff_ids)

    async def send(self, update: Update, context: ContextTypes.DEFAULT_TYPE, replies: list[Reply]) -> None:
        chat_id = update.effective_chat.id
        for reply in replies:
            parts = split_text(reply.text) or [" "]
            for i, part in enumerate(parts):
                markup = keyboard(reply) if i == len(parts) - 1 else None
                await context.bot.send_message(chat_id, part, reply_markup=markup, link_preview_options=NO_PREVIEW)

    # -- handlers --------------------------------------------------------------------
    async def on_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        replies = await self.assistant.handle(
            self.user_key(update),
            message.text or message.caption,
            client_language=update.effective_user.language_code,
            is_staff=self.is_staff(update),
            forwarded=message.forward_origin is not None,
        )
        await self.send(update, context, replies)

    async def on_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        await query.answer()
        replies = await self.assistant.handle(
            self.user_key(update),
            query.data or "",
            client_language=update.effective_user.language_code,
            from_button=True,
            is_staff=self.is_staff(update),
        )
        await self.send(update, context, replies)

    async def on_other(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        kind = "location" if message and (message.location or message.venue) else "other"
        replies = await self.assistant.handle_other(
            self.user_key(update), kind, client_language=update.effective_user.language_code
        )
        await self.send(update, context, replies)

    async def on_group(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
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

    def build(self) -> Application:
        builder = (
            ApplicationBuilder()
            .token(self.settings.telegram_token or "")
            .base_url(self.settings.telegram_api_url)
            .post_init(self.set_commands)
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
        application.add_error_handler(self.on_error)
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
