namespace Clipstream.Notifications;

/// <summary>Sends notifications to one person and keeps their inbox.</summary>
public interface INotificationService
{
    /// <summary>Stores the message in the recipient's inbox and pushes it to their open connections.</summary>
    Task SendAsync(Guid recipientId, InboxMessage message, CancellationToken cancellationToken = default);

    /// <summary>The recipient's own inbox, newest first.</summary>
    IReadOnlyList<InboxMessage> GetInbox(Guid recipientId);

    /// <summary>
    /// Withdraws the notification an engagement produced (the "liked your video" of a like that was just
    /// removed). Retraction is silent: nothing is pushed, the item is simply gone on the next fetch.
    /// </summary>
    void RemoveForEngagement(Guid engagementId);
}
