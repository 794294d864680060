"""PyInstaller hook for PySide6.QtGui: PyInstaller's own, minus Qt's GTK 3 platform theme.

``platformthemes/libqgtk3.so`` would drag the build machine's whole GTK 3 stack (GTK, GDK,
ATK, cairo, pango, gdk-pixbuf) into the bundle, where it can clash with the user's GTK
modules and themes. Without it Qt uses its own dialogs and the xdg-desktop-portal theme.
"""

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(src, dest) for src, dest in binaries if "libqgtk3" not in src]
