"""The program's core: data, rules and documents, usable without a screen."""

APP_NAME = "ThuKyBCD"
APP_TITLE = "Thư ký Ban Chỉ đạo"
