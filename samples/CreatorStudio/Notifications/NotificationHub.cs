using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Clipstream.Notifications;

/// <summary>
/// Live notifications. Clients connect to /hubs/notifications and receive "notification" messages; the
/// server pushes through <see cref="INotificationService"/>, never from here.
/// </summary>
[Authorize]
public sealed class NotificationHub : Hub
{
    /// <summary>Clients call this after reconnecting; the inbox itself is served by GET /api/notifications.</summary>
    public Task<DateTimeOffset> Ping() => Task.FromResult(DateTimeOffset.UtcNow);
}
