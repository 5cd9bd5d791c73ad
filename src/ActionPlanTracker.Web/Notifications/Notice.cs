using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using ActionPlanTracker.Data.Notifications;

namespace ActionPlanTracker.Web.Notifications;

/// <summary>Who receives a notification and through which key it is produced once.</summary>
public sealed record Recipient(string UserId, string? Email);

/// <summary>One line of a message, with the page it points at.</summary>
public sealed record MessageItem(string Text, string Link);

/// <summary>
/// A message before it is written out: titles and states only, never a report's narrative, which stays behind
/// sign-in. The same content gives the plain text and the HTML of the e-mail.
/// </summary>
public sealed record MessageContent(string Subject, string Intro, IReadOnlyList<MessageItem> Items, string Closing, string Link, string InApp)
{
    public string Text(NotificationLinks links)
    {
        var text = new StringBuilder().Append(Intro).Append("\n\n");
        foreach (var item in Items)
        {
            text.Append("- ").Append(item.Text).Append('\n').Append("  ").Append(links.Absolute(item.Link)).Append('\n');
        }

        return text.Append(Items.Count > 0 ? "\n" : "").Append(Closing).Append('\n').Append(links.Absolute(Link)).Append('\n').ToString();
    }

    /// <summary>Encodes markup only, so that accented letters stay readable in the message's source.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public string Html(NotificationLinks links)
    {
        var html = Encoder;
        var body = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:sans-serif\">")
            .Append("<p>").Append(html.Encode(Intro)).Append("</p>");
        if (Items.Count > 0)
        {
            body.Append("<ul>");
            foreach (var item in Items)
            {
                body.Append("<li><a href=\"").Append(html.Encode(links.Absolute(item.Link))).Append("\">").Append(html.Encode(item.Text)).Append("</a></li>");
            }

            body.Append("</ul>");
        }

        return body.Append("<p>").Append(html.Encode(Closing)).Append(" <a href=\"").Append(html.Encode(links.Absolute(Link))).Append("\">")
            .Append(html.Encode(links.Absolute(Link))).Append("</a></p></body></html>").ToString();
    }
}

/// <summary>A message for one recipient, ready for the outbox and the in-application list.</summary>
public sealed record Notice(Recipient To, NotificationKind Kind, string DedupKey, MessageContent Content);
