using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace Clipstream.Notifications;

/// <summary>Pushes notifications through <see cref="IHubContext{THub}"/> of <see cref="NotificationHub"/>.</summary>
public sealed class SignalRNotificationService : INotificationService
{
    private const int InboxLimit = 200;

    private readonly IHubContext<NotificationHub> _hub;
    private readonly ConcurrentDictionary<Guid, List<InboxMessage>> _inboxes = new();

    public SignalRNotificationService(IHubContext<NotificationHub> hub) => _hub = hub;

    public async Task SendAsync(Guid recipientId, InboxMessage message, CancellationToken cancellationToken = default)
    {
        var inbox = _inboxes.GetOrAdd(recipientId, _ => new List<InboxMessage>());
        lock (inbox)
        {
            inbox.Insert(0, message);
            if (inbox.Count > InboxLimit)
            {
                inbox.RemoveAt(inbox.Count - 1);
            }
        }

        // SignalR's default user id is the NameIdentifier claim, which the demo authentication sets to the user's Guid.
        await _hub.Clients.User(recipientId.ToString()).SendAsync("notification", message, cancellationToken);
    }

    public IReadOnlyList<InboxMessage> GetInbox(Guid recipientId)
    {
        if (!_inboxes.TryGetValue(recipientId, out var inbox))
        {
            return Array.Empty<InboxMessage>();
        }

        lock (inbox)
        {
            return inbox.ToList();
        }
    }

    public void RemoveForEngagement(Guid engagementId)
    {
        foreach (var inbox in _inboxes.Values)
        {
            lock (inbox)
            {
                inbox.RemoveAll(m => m.EngagementId == engagementId);
            }
        }
    }
}
