namespace PrivacyAnalyzers.Tests.Rules
{
    /// <summary>
    /// The application the PRIV002/PRIV003 tests run against: notifiers, a mailer, a store, engagement events and
    /// look-alikes of MediatR and MassTransit, plus the team's own marker attributes.
    /// </summary>
    internal static class EngagementTestApp
    {
        /// <summary>The team's own marker attributes: matched by simple name, from any namespace.</summary>
        public const string Markers = @"
namespace Team.Privacy
{
    using System;
    public sealed class NegativeEventAttribute : Attribute { }
    public sealed class PrivateEventAttribute : Attribute { }
    public sealed class NotificationSinkAttribute : Attribute { }
}
";

        public const string Services = @"
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

public interface INotificationService
{
    Task NotifyAsync(Guid recipientId, string text);
    void Notify(Guid recipientId, string text);
}

public interface IEmailSender
{
    Task SendEmailAsync(Guid recipientId, string subject, string body);
}

public sealed class Video
{
    public Guid Id { get; set; }
    public Guid OwnerId { get; set; }
}

public sealed class Like
{
    public Guid UserId { get; set; }
    public Guid VideoId { get; set; }
}

public sealed class Follow
{
    public Guid FollowerId { get; set; }
    public Guid ChannelId { get; set; }
}

public sealed class Bookmark
{
    public Guid UserId { get; set; }
    public Guid VideoId { get; set; }
}

public interface IVideoRepository
{
    Video Find(Guid videoId);
}

public interface IRecipientRouting
{
    Guid ResolveRecipient(Guid videoId);
}

public interface IInboxItem { }

public sealed class UnlikeNotification : IInboxItem
{
    public UnlikeNotification(Guid recipientId, Guid videoId) { }
}

public sealed class DownloadNotification : IInboxItem
{
    public DownloadNotification(Guid recipientId, Guid videoId) { }
}

public sealed class AppDb
{
    public List<Like> Likes { get; } = new();
    public IQueryable<Follow> Follows { get; } = new List<Follow>().AsQueryable();
    public List<IInboxItem> Notifications { get; } = new();
}

public static class QueryableDeleteExtensions
{
    public static int ExecuteDelete<T>(this IQueryable<T> source) => 0;
}

public enum EngagementKind { Like, Unlike, Follow, Unfollow, Block, Download, Save, View }

public interface INotificationHandler<in TNotification>
{
    Task Handle(TNotification notification, CancellationToken cancellationToken);
}

public interface IRequestHandler<in TRequest, TResponse>
{
    Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken);
}

public interface IConsumer<in TMessage>
{
    Task Consume(TMessage message);
}

public interface IEventHandler<in TEvent>
{
    Task HandleAsync(TEvent domainEvent);
}

public readonly struct Unit { }

public sealed record VideoLiked(Guid VideoId, Guid OwnerId, Guid UserId);
public sealed record VideoUnliked(Guid VideoId, Guid OwnerId, Guid UserId);
public sealed record UnfollowCommand(Guid ChannelId, Guid OwnerId, Guid UserId);
public sealed record LikeRemoved(Guid VideoId, Guid OwnerId, Guid UserId);
public sealed record SubscriptionCancelled(Guid ChannelId, Guid OwnerId, Guid UserId);
public sealed record FollowRevoked(Guid ChannelId, Guid OwnerId, Guid UserId);
public sealed record VideoDownloaded(Guid VideoId, Guid OwnerId, Guid UserId);
public sealed record VideoSaved(Guid VideoId, Guid OwnerId, Guid UserId);
public sealed record VideoPublished(Guid VideoId, Guid OwnerId);
public sealed record ProfileVisited(Guid ProfileOwnerId, Guid VisitorId);
";

        /// <summary>Prepended to the code under test, so that a test shows only the class it is about.</summary>
        public const string Usings =
            "using System; using System.Collections.Generic; using System.Linq; using System.Threading; using System.Threading.Tasks; using Team.Privacy;\n";
    }
}
