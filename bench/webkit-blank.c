/* The memory floor for the desktop benchmark: an empty WebKitGTK window (one line of
 * HTML, nothing else), run with the same WebKit settings as the app. Port Doctor's own
 * cost is what it takes above this. Built by bench/desktop.sh. */
#include <gtk/gtk.h>
#include <webkit2/webkit2.h>

static void quit(void) { gtk_main_quit(); }

int main(int argc, char **argv) {
  gtk_init(&argc, &argv);
  GtkWidget *window = gtk_window_new(GTK_WINDOW_TOPLEVEL);
  gtk_window_set_default_size(GTK_WINDOW(window), 920, 760);
  g_signal_connect(window, "destroy", G_CALLBACK(quit), NULL);
  WebKitWebView *view = WEBKIT_WEB_VIEW(webkit_web_view_new());
  gtk_container_add(GTK_CONTAINER(window), GTK_WIDGET(view));
  webkit_web_view_load_html(view, "<p>Port Doctor</p>", NULL);
  gtk_widget_show_all(window);
  gtk_main();
  return 0;
}
