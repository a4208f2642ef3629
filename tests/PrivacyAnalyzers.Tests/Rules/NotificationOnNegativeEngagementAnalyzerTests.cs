using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Verifiers;
using Xunit;
using Verify = PrivacyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PrivacyAnalyzers.Rules.NotificationOnNegativeEngagementAnalyzer>;

namespace PrivacyAnalyzers.Tests.Rules
{
    public class NotificationOnNegativeEngagementAnalyzerTests
    {
        private static Task VerifyAsync(string source, string? editorConfig = null) =>
            Verify.VerifyAnalyzerAsync(new[] { EngagementTestApp.Usings + source, EngagementTestApp.Services, EngagementTestApp.Markers }, editorConfig);

        // ---- Event contexts (§6.2): 1. marker attributes ----

        [Fact]
        public async Task Notification_in_a_method_marked_NegativeEvent_is_reported()
        {
            await VerifyAsync(@"
public sealed class Reactions
{
    private readonly INotificationService _notifier = null!;

    [NegativeEvent]
    public async Task RetractAsync(Video video)
    {
        await [|_notifier.NotifyAsync(video.OwnerId, ""A reaction was retracted"")|];
    }
}");
        }

        [Fact]
        public async Task Notification_in_a_type_marked_NegativeEvent_is_reported()
        {
            await VerifyAsync(@"
[NegativeEvent]
public sealed class ReactionRetraction
{
    private readonly INotificationService _notifier = null!;

    public void Apply(Video video)
    {
        [|_notifier.Notify(video.OwnerId, ""A reaction was retracted"")|];
    }
}");
        }

        [Fact]
        public async Task Notification_in_an_ordinary_method_is_not_reported()
        {
            await VerifyAsync(@"
public sealed class Publishing
{
    private readonly INotificationService _notifier = null!;

    public async Task PublishAsync(Video video)
    {
        await _notifier.NotifyAsync(video.OwnerId, ""Your video is live"");
    }
}");
        }

        // ---- 2. messages and handlers ----

        [Fact]
        public async Task Notification_in_a_handler_of_an_unliked_event_is_reported()
        {
            await VerifyAsync(@"
public sealed class VideoUnlikedHandler : INotificationHandler<VideoUnliked>
{
    private readonly INotificationService _notifier = null!;

    public async Task Handle(VideoUnliked notification, CancellationToken cancellationToken)
    {
        await [|_notifier.NotifyAsync(notification.OwnerId, ""Someone unliked your video"")|];
    }
}");
        }

        [Fact]
        public async Task Notification_in_a_request_handler_of_an_unfollow_command_is_reported()
        {
            await VerifyAsync(@"
public sealed class UnfollowHandler : IRequestHandler<UnfollowCommand, Unit>
{
    private readonly INotificationService _notifier = null!;

    public async Task<Unit> Handle(UnfollowCommand request, CancellationToken cancellationToken)
    {
        await [|_notifier.NotifyAsync(request.OwnerId, ""You lost a follower"")|];
        return default;
    }
}");
        }

        [Fact]
        public async Task Notification_in_a_handler_of_a_removed_like_is_reported()
        {
            await VerifyAsync(@"
public sealed class LikeRemovedProjection : IEventHandler<LikeRemoved>
{
    private readonly INotificationService _notifier = null!;

    public async Task HandleAsync(LikeRemoved domainEvent)
    {
        await [|_notifier.NotifyAsync(domainEvent.OwnerId, ""A like was removed"")|];
    }
}");
        }

        [Fact]
        public async Task Notification_in_a_method_taking_a_cancelled_subscription_is_reported()
        {
            await VerifyAsync(@"
public sealed class Subscriptions
{
    private readonly INotificationService _notifier = null!;

    public void On(SubscriptionCancelled message)
    {
        [|_notifier.Notify(message.OwnerId, ""A subscription was cancelled"")|];
    }
}");
        }

        [Fact]
        public async Task Notification_in_a_method_taking_a_cancelled_subscription_through_a_using_alias_is_reported()
        {
            await VerifyAsync(@"
using Message = SubscriptionCancelled;

public sealed class Subscriptions
{
    private readonly INotificationService _notifier = null!;

    public void On(Message message)
    {
        [|_notifier.Notify(message.OwnerId, ""A subscription was cancelled"")|];
    }
}");
        }

        [Fact]
        public async Task Notification_in_a_method_taking_a_cancelled_subscription_through_a_namespace_alias_is_reported()
        {
            await VerifyAsync(@"
namespace Billing
{
    using Message = SubscriptionCancelled;

    public sealed class Subscriptions
    {
        private readonly INotificationService _notifier = null!;

        public void On(Message message)
        {
            [|_notifier.Notify(message.OwnerId, ""A subscription was cancelled"")|];
        }
    }
}");
        }

        [Fact]
        public async Task Notification_in_a_method_taking_a_cancelled_subscription_through_a_global_alias_of_another_file_is_reported()
        {
            await Verify.VerifyAnalyzerAsync(new[]
            {
                EngagementTestApp.Usings + @"
public sealed class Subscriptions
{
    private readonly INotificationService _notifier = null!;

    public void On(Message message)
    {
        [|_notifier.Notify(message.OwnerId, ""A subscription was cancelled"")|];
    }
}",
                "global using Message = SubscriptionCancelled;",
                EngagementTestApp.Services,
                EngagementTestApp.Markers,
            });
        }

        [Fact]
        public async Task Notification_in_a_handler_of_a_liked_event_is_not_reported()
        {
            await VerifyAsync(@"
public sealed class VideoLikedHandler : INotificationHandler<VideoLiked>
{
    private readonly INotificationService _notifier = null!;

    public async Task Handle(VideoLiked notification, CancellationToken cancellationToken)
    {
        await _notifier.NotifyAsync(notification.OwnerId, ""Someone liked your video"");
    }
}");
        }

        // ---- 3. branches selected by an event enum member or constant ----

        [Fact]
        public async Task Notification_in_the_unlike_case_of_a_switch_is_reported_and_the_like_case_is_not()
        {
            await VerifyAsync(@"
public sealed class Engagements
{
    private readonly INotificationService _notifier = null!;

    public async Task HandleAsync(EngagementKind kind, Video video)
    {
        switch (kind)
        {
            case EngagementKind.Like:
                await _notifier.NotifyAsync(video.OwnerId, ""New like"");
                break;
            case EngagementKind.Unlike:
                await [|_notifier.NotifyAsync(video.OwnerId, ""Like removed"")|];
                break;
        }
    }
}");
        }

        [Fact]
        public async Task Notification_in_the_unfollow_arm_of_a_switch_expression_is_reported_and_the_follow_arm_is_not()
        {
            await VerifyAsync(@"
public sealed class Engagements
{
    private readonly INotificationService _notifier = null!;

    public Task HandleAsync(EngagementKind kind, Video video) => kind switch
    {
        EngagementKind.Follow => _notifier.NotifyAsync(video.OwnerId, ""New follower""),
        EngagementKind.Unfollow => [|_notifier.NotifyAsync(video.OwnerId, ""Lost a follower"")|],
        _ => Task.CompletedTask,
    };
}");
        }

        [Fact]
        public async Task Notification_in_the_case_of_a_negative_constant_is_reported()
        {
            await VerifyAsync(@"
public static class Actions
{
    public const string Subscribe = ""subscribe"";
    public const string Unsubscribe = ""unsubscribe"";
}

public sealed class Engagements
{
    private readonly INotificationService _notifier = null!;

    public async Task HandleAsync(string action, Video video)
    {
        switch (action)
        {
            case Actions.Subscribe:
                await _notifier.NotifyAsync(video.OwnerId, ""New subscriber"");
                break;
            case Actions.Unsubscribe:
                await [|_notifier.NotifyAsync(video.OwnerId, ""Lost a subscriber"")|];
                break;
        }
    }
}");
        }

        [Fact]
        public async Task Notification_under_an_equality_test_with_a_negative_enum_member_is_reported()
        {
            await VerifyAsync(@"
public sealed class Engagements
{
    private readonly INotificationService _notifier = null!;

    public async Task HandleAsync(EngagementKind kind, Video video)
    {
        if (kind == EngagementKind.Unfollow)
        {
            await [|_notifier.NotifyAsync(video.OwnerId, ""Lost a follower"")|];
        }
    }
}");
        }

        [Fact]
        public async Task Notification_under_an_is_pattern_with_a_negative_enum_member_is_reported()
        {
            await VerifyAsync(@"
public sealed class Engagements
{
    private readonly INotificationService _notifier = null!;

    public void Handle(EngagementKind kind, Video video)
    {
        if (kind is EngagementKind.Block)
        {
            [|_notifier.Notify(video.OwnerId, ""You were blocked"")|];
        }
    }
}");
        }

        [Fact]
        public async Task Notification_in_the_else_branch_of_a_negative_enum_test_is_not_reported()
        {
            await VerifyAsync(@"
public sealed class Engagements
{
    private readonly INotificationService _notifier = null!;

    public async Task HandleAsync(EngagementKind kind, Video video)
    {
        if (kind == EngagementKind.Unlike)
        {
            Console.WriteLine(video.Id);
        }
        else
        {
            await _notifier.NotifyAsync(video.OwnerId, ""New reaction"");
        }
    }
}");
        }

        [Fact]
        public async Task Notification_under_an_inequality_with_a_negative_enum_member_is_not_reported()
        {
            await VerifyAsync(@"
public sealed class Engagements
{
    private readonly INotificationService _notifier = null!;

    public async Task HandleAsync(EngagementKind kind, Video video)
    {
        if (kind != EngagementKind.Unlike)
        {
            await _notifier.NotifyAsync(video.OwnerId, ""New reaction"");
        }
    }
}");
        }

        // ---- 4. toggles that remove an engagement record ----

        [Fact]
        public async Task Notification_in_the_branch_of_a_toggle_that_removes_a_like_is_reported()
        {
            await VerifyAsync(@"
public sealed class LikeToggle
{
    private readonly INotificationService _notifier = null!;
    private readonly List<Like> _likes = new();

    public async Task ToggleAsync(Guid userId, Video video)
    {
        var existing = _likes.FirstOrDefault(l => l.UserId == userId && l.VideoId == video.Id);
        if (existing is not null)
        {
            _likes.Remove(existing);
            await [|_notifier.NotifyAsync(video.OwnerId, ""A like was removed"")|];
        }
        else
        {
            _likes.Add(new Like { UserId = userId, VideoId = video.Id });
        }
    }
}");
        }

        [Fact]
        public async Task Notification_in_the_adding_branch_of_a_like_toggle_is_not_reported()
        {
            await VerifyAsync(@"
public sealed class LikeToggle
{
    private readonly INotificationService _notifier = null!;
    private readonly List<Like> _likes = new();

    public async Task ToggleAsync(Guid userId, Video video)
    {
        var existing = _likes.FirstOrDefault(l => l.UserId == userId && l.VideoId == video.Id);
        if (existing is not null)
        {
            _likes.Remove(existing);
        }
        else
        {
            _likes.Add(new Like { UserId = userId, VideoId = video.Id });
            await _notifier.NotifyAsync(video.OwnerId, ""Someone liked your video"");
        }
    }
}");
        }

        [Fact]
        public async Task Notification_after_removing_a_like_from_the_database_set_is_reported()
        {
            await VerifyAsync(@"
public sealed class LikeToggle
{
    private readonly INotificationService _notifier = null!;

    public void Toggle(AppDb db, Guid userId, Video video)
    {
        var like = db.Likes.Find(l => l.UserId == userId && l.VideoId == video.Id);
        if (like != null)
        {
            db.Likes.Remove(like);
            [|_notifier.Notify(video.OwnerId, ""A like was removed"")|];
        }
        else
        {
            db.Likes.Add(new Like { UserId = userId, VideoId = video.Id });
        }
    }
}");
        }

        [Fact]
        public async Task Notification_after_a_RemoveLike_call_is_reported()
        {
            await VerifyAsync(@"
public sealed class LikeToggle
{
    private readonly INotificationService _notifier = null!;
    private readonly List<Like> _likes = new();

    public async Task ToggleAsync(Guid userId, Video video)
    {
        var existing = _likes.FirstOrDefault(l => l.UserId == userId && l.VideoId == video.Id);
        if (existing is not null)
        {
            RemoveLike(existing);
            await [|_notifier.NotifyAsync(video.OwnerId, ""A like was removed"")|];
        }
        else
        {
            _likes.Add(new Like { UserId = userId, VideoId = video.Id });
        }
    }

    private void RemoveLike(Like like) => _likes.Remove(like);
}");
        }

        [Fact]
        public async Task Notification_after_removing_a_like_through_a_conditional_access_is_reported()
        {
            await VerifyAsync(@"
public sealed class LikeToggle
{
    private readonly INotificationService _notifier = null!;
    private List<Like>? _likes;

    public async Task ToggleAsync(Like? existing, Video video)
    {
        if (existing is not null)
        {
            _likes?.Remove(existing);
            await [|_notifier.NotifyAsync(video.OwnerId, ""A like was removed"")|];
        }
    }
}");
        }

        [Fact]
        public async Task Notification_after_deleting_follows_with_ExecuteDelete_is_reported()
        {
            await VerifyAsync(@"
public sealed class FollowToggle
{
    private readonly INotificationService _notifier = null!;

    public async Task ToggleAsync(AppDb db, Guid userId, Guid channelId, Guid channelOwnerId)
    {
        if (db.Follows.Any(f => f.FollowerId == userId && f.ChannelId == channelId))
        {
            db.Follows.Where(f => f.FollowerId == userId && f.ChannelId == channelId).ExecuteDelete();
            await [|_notifier.NotifyAsync(channelOwnerId, ""You lost a follower"")|];
        }
    }
}");
        }

        [Fact]
        public async Task Notification_after_removing_something_that_is_not_an_engagement_is_not_reported()
        {
            await VerifyAsync(@"
public sealed class Drafts
{
    private readonly INotificationService _notifier = null!;
    private readonly List<string> _drafts = new();

    public async Task TidyAsync(Video video, string draft)
    {
        if (_drafts.Contains(draft))
        {
            _drafts.Remove(draft);
            await _notifier.NotifyAsync(video.OwnerId, ""Your draft was discarded"");
        }
    }
}");
        }

        // ---- 5. method names ----

        [Theory]
        [InlineData("UnlikeAsync")]
        [InlineData("OnVideoUnliked")]
        [InlineData("UnfollowChannelAsync")]
        [InlineData("Unsubscribe")]
        [InlineData("DislikeAsync")]
        [InlineData("DownvoteAsync")]
        [InlineData("BlockUserAsync")]
        [InlineData("MuteChannel")]
        [InlineData("UnfriendAsync")]
        [InlineData("RemoveReactionAsync")]
        [InlineData("CancelSubscription")]
        [InlineData("UndoLike")]
        [InlineData("WithdrawVote")]
        [InlineData("OnFollowRevoked")]
        public async Task Notification_in_a_method_named_for_a_negative_event_is_reported(string methodName)
        {
            await VerifyAsync($@"
public sealed class Engagement
{{
    private readonly INotificationService _notifier = null!;

    public async Task {methodName}(Video video)
    {{
        await [|_notifier.NotifyAsync(video.OwnerId, ""Activity on your video"")|];
    }}
}}");
        }

        [Theory]
        [InlineData("LikeAsync")]
        [InlineData("FollowAsync")]
        [InlineData("SubscribeAsync")]
        [InlineData("CheckUnlikelyAsync")]
        [InlineData("SyncBlockchainAsync")]
        [InlineData("MutateAsync")]
        [InlineData("CancelOrderAsync")]
        [InlineData("RemoveCommentAsync")]
        [InlineData("UndoEditAsync")]
        public async Task Notification_in_a_method_whose_name_only_resembles_a_negative_event_is_not_reported(string methodName)
        {
            await VerifyAsync($@"
public sealed class Engagement
{{
    private readonly INotificationService _notifier = null!;

    public async Task {methodName}(Video video)
    {{
        await _notifier.NotifyAsync(video.OwnerId, ""Activity on your video"");
    }}
}}");
        }

        [Theory]
        [InlineData("UnsaveAsync")]
        [InlineData("UnbookmarkAsync")]
        [InlineData("UnfavoriteAsync")]
        public async Task Undoing_a_private_engagement_is_a_negative_event(string methodName)
        {
            await VerifyAsync($@"
public sealed class Engagement
{{
    private readonly INotificationService _notifier = null!;

    public async Task {methodName}(Video video)
    {{
        await [|_notifier.NotifyAsync(video.OwnerId, ""Activity on your video"")|];
    }}
}}");
        }

        [Fact]
        public async Task Report_is_not_a_negative_event_by_default()
        {
            await VerifyAsync(@"
public sealed class Moderation
{
    private readonly INotificationService _notifier = null!;

    public async Task ReportVideoAsync(Video video)
    {
        await _notifier.NotifyAsync(video.OwnerId, ""Your video was reported"");
    }
}");
        }

        [Fact]
        public async Task Report_is_a_negative_event_when_the_team_opts_in()
        {
            await VerifyAsync(@"
public sealed class Moderation
{
    private readonly INotificationService _notifier = null!;

    public async Task ReportVideoAsync(Video video)
    {
        await [|_notifier.NotifyAsync(video.OwnerId, ""Your video was reported"")|];
    }
}", "is_global = true\nprivacy.negative_events = Report\n");
        }

        [Fact]
        public async Task Notification_in_a_private_event_is_not_reported_by_this_analyzer()
        {
            await VerifyAsync(@"
public sealed class Downloads
{
    private readonly INotificationService _notifier = null!;

    public async Task DownloadVideoAsync(Video video)
    {
        await _notifier.NotifyAsync(video.OwnerId, ""Someone downloaded your video"");
    }

    [PrivateEvent]
    public void Keep(Video video)
    {
        _notifier.Notify(video.OwnerId, ""Someone kept your video"");
    }
}");
        }

        // ---- Lambdas and local functions belong to the enclosing method ----

        [Fact]
        public async Task Notification_in_a_lambda_inside_an_unlike_method_is_reported()
        {
            await VerifyAsync(@"
public sealed class Engagement
{
    private readonly INotificationService _notifier = null!;

    public void UnlikeAll(List<Video> videos)
    {
        videos.ForEach(video => [|_notifier.Notify(video.OwnerId, ""Like removed"")|]);
    }
}");
        }

        [Fact]
        public async Task Notification_in_a_local_function_inside_an_unfollow_method_is_reported()
        {
            await VerifyAsync(@"
public sealed class Engagement
{
    private readonly INotificationService _notifier = null!;

    public async Task UnfollowAsync(Video video)
    {
        await TellAsync();

        Task TellAsync() => [|_notifier.NotifyAsync(video.OwnerId, ""Lost a follower"")|];
    }
}");
        }

        // ---- Sinks: 1. [NotificationSink] ----

        [Fact]
        public async Task Call_to_a_method_marked_NotificationSink_is_reported()
        {
            await VerifyAsync(@"
public sealed class Outbox
{
    [NotificationSink]
    public void Enqueue(Guid recipientId, string text) { }

    public void Compact() { }
}

public sealed class Engagement
{
    private readonly Outbox _outbox = new();

    public void Unlike(Video video)
    {
        _outbox.Compact();
        [|_outbox.Enqueue(video.OwnerId, ""Like removed"")|];
    }
}");
        }

        [Fact]
        public async Task Call_to_a_member_of_a_type_marked_NotificationSink_is_reported()
        {
            await VerifyAsync(@"
[NotificationSink]
public sealed class Courier
{
    public void Deliver(Guid recipientId, string text) { }
}

public sealed class Engagement
{
    private readonly Courier _courier = new();

    public void Unlike(Video video)
    {
        [|_courier.Deliver(video.OwnerId, ""Like removed"")|];
    }
}");
        }

        [Fact]
        public async Task Calls_to_members_of_a_type_whose_interface_is_marked_NotificationSink_are_reported()
        {
            await VerifyAsync(@"
[NotificationSink]
public interface ICourier
{
    void Deliver(Guid recipientId, string text);
}

public sealed class Courier : ICourier
{
    public void Deliver(Guid recipientId, string text) { }

    public void DeliverLater(Guid recipientId, string text) { }
}

public sealed class Engagement
{
    private readonly Courier _courier = new();

    public void Unlike(Video video)
    {
        [|_courier.Deliver(video.OwnerId, ""Like removed"")|];
        [|_courier.DeliverLater(video.OwnerId, ""Like removed"")|];
    }
}");
        }

        // ---- 2. notifier types, notify methods, SignalR ----

        [Theory]
        [InlineData("NotificationGateway")]
        [InlineData("OwnerNotifier")]
        [InlineData("PushClient")]
        [InlineData("EmailSender")]
        [InlineData("SmtpMailer")]
        [InlineData("TwilioSmsClient")]
        public async Task Call_on_a_notifier_type_is_reported(string typeName)
        {
            await VerifyAsync($@"
public sealed class {typeName}
{{
    public void Deliver(Guid recipientId, string text) {{ }}
}}

public sealed class Engagement
{{
    private readonly {typeName} _channel = new();

    public void Unlike(Video video)
    {{
        [|_channel.Deliver(video.OwnerId, ""Like removed"")|];
    }}
}}");
        }

        [Theory]
        [InlineData("NotifyOwner")]
        [InlineData("SendNotificationAsync")]
        [InlineData("SendPushAsync")]
        [InlineData("SendEmailAsync")]
        public async Task Call_to_a_method_named_for_notifying_is_reported(string methodName)
        {
            await VerifyAsync($@"
public sealed class Messenger
{{
    public Task {methodName}(Guid recipientId, string text) => Task.CompletedTask;
}}

public sealed class Engagement
{{
    private readonly Messenger _messenger = new();

    public async Task UnlikeAsync(Video video)
    {{
        await [|_messenger.{methodName}(video.OwnerId, ""Like removed"")|];
    }}
}}");
        }

        [Fact]
        public async Task SignalR_send_to_a_user_is_reported()
        {
            await VerifyAsync(@"
using Microsoft.AspNetCore.SignalR;

public sealed class FeedHub : Hub { }

public sealed class Engagement
{
    private readonly IHubContext<FeedHub> _hub = null!;

    public async Task UnlikeAsync(Video video)
    {
        await [|_hub.Clients.User(video.OwnerId.ToString()).SendAsync(""unliked"", video.Id)|];
    }
}");
        }

        [Fact]
        public async Task SignalR_SendCoreAsync_is_reported()
        {
            await VerifyAsync(@"
using Microsoft.AspNetCore.SignalR;

public sealed class FeedHub : Hub { }

public sealed class Engagement
{
    private readonly IHubContext<FeedHub> _hub = null!;

    public async Task UnfollowAsync(Video video)
    {
        await [|_hub.Clients.Group(video.OwnerId.ToString()).SendCoreAsync(""unfollowed"", new object[] { video.Id })|];
    }
}");
        }

        [Fact]
        public async Task Constructor_initializer_of_an_in_process_notification_sends_nothing()
        {
            await VerifyAsync(@"
public sealed record UserUnfollowed(Guid FollowerId, Guid FollowedId);

public abstract class DomainNotificationBase<T>
{
    protected DomainNotificationBase(T domainEvent) => DomainEvent = domainEvent;

    public T DomainEvent { get; }
}

public sealed class UserUnfollowedNotification : DomainNotificationBase<UserUnfollowed>
{
    public UserUnfollowedNotification(UserUnfollowed domainEvent)
        : base(domainEvent)
    {
    }
}");
        }

        [Fact]
        public async Task SignalR_broadcast_to_every_client_updates_what_everyone_sees_and_is_not_reported()
        {
            await VerifyAsync(@"
using Microsoft.AspNetCore.SignalR;

public sealed class FeedHub : Hub { }

public interface IFeedClient { Task CountsChanged(Guid videoId, long likes); }

public sealed class TypedFeedHub : Hub<IFeedClient> { }

public sealed class Engagement
{
    private readonly IHubContext<FeedHub> _hub = null!;
    private readonly IHubContext<TypedFeedHub, IFeedClient> _typed = null!;

    public async Task UnlikeAsync(Video video, long likes)
    {
        await _hub.Clients.All.SendAsync(""counts"", new { video.Id, likes });
        await _hub.Clients.AllExcept(new[] { ""c1"" }).SendAsync(""counts"", new { video.Id, likes });
        await _typed.Clients.All.CountsChanged(video.Id, likes);
    }
}");
        }

        [Fact]
        public async Task Strongly_typed_SignalR_client_call_is_reported()
        {
            await VerifyAsync(@"
using Microsoft.AspNetCore.SignalR;

public interface IEngagementClient
{
    Task VideoUnliked(Guid videoId);
}

public sealed class EngagementHub : Hub<IEngagementClient> { }

public sealed class Engagement
{
    private readonly IHubContext<EngagementHub, IEngagementClient> _hub = null!;

    public async Task UnlikeAsync(Video video)
    {
        await [|_hub.Clients.User(video.OwnerId.ToString()).VideoUnliked(video.Id)|];
    }
}");
        }

        // ---- 3. notification objects ----

        [Fact]
        public async Task Creating_a_notification_object_is_reported_at_the_creation()
        {
            await VerifyAsync(@"
public sealed class Engagement
{
    public void Unlike(AppDb db, Video video)
    {
        db.Notifications.Add([|new UnlikeNotification(video.OwnerId, video.Id)|]);
    }
}");
        }

        // ---- 4. configured sinks ----

        [Fact]
        public async Task Call_on_a_configured_sink_type_is_reported()
        {
            await VerifyAsync(@"
namespace Acme.Messaging
{
    public sealed class Outbox
    {
        public void Enqueue(System.Guid recipientId, string text) { }
    }
}

public sealed class Engagement
{
    private readonly Acme.Messaging.Outbox _outbox = new();

    public void Unlike(Video video)
    {
        [|_outbox.Enqueue(video.OwnerId, ""Like removed"")|];
    }
}", "is_global = true\nprivacy.notification_sinks = Acme.Messaging.Outbox\n");
        }

        [Fact]
        public async Task Call_on_a_sink_type_configured_by_simple_name_is_reported()
        {
            await VerifyAsync(@"
namespace Acme.Messaging
{
    public sealed class Outbox
    {
        public void Enqueue(System.Guid recipientId, string text) { }
    }
}

public sealed class Engagement
{
    private readonly Acme.Messaging.Outbox _outbox = new();

    public void Unlike(Video video)
    {
        [|_outbox.Enqueue(video.OwnerId, ""Like removed"")|];
    }
}", "is_global = true\nprivacy.notification_sinks = Outbox\n");
        }

        [Fact]
        public async Task Only_methods_matching_a_configured_method_glob_are_reported()
        {
            await VerifyAsync(@"
namespace Acme.Chat
{
    public sealed class ChatService
    {
        public void PostMessage(System.Guid recipientId, string text) { }
        public void Archive(System.Guid conversationId) { }
    }
}

public sealed class Engagement
{
    private readonly Acme.Chat.ChatService _chat = new();

    public void Unlike(Video video)
    {
        [|_chat.PostMessage(video.OwnerId, ""Like removed"")|];
        _chat.Archive(video.Id);
    }
}", "is_global = true\nprivacy.notification_sinks = Acme.Messaging.Outbox, Acme.Chat.ChatService.Post*\n");
        }

        [Fact]
        public async Task Call_on_an_unconfigured_ordinary_type_is_not_reported()
        {
            await VerifyAsync(@"
namespace Acme.Messaging
{
    public sealed class Outbox
    {
        public void Enqueue(System.Guid recipientId, string text) { }
    }
}

public sealed class Engagement
{
    private readonly Acme.Messaging.Outbox _outbox = new();

    public void Unlike(Video video)
    {
        _outbox.Enqueue(video.OwnerId, ""Like removed"");
    }
}");
        }

        // ---- Not sinks: retraction, queries, logging, metrics ----

        [Theory]
        [InlineData("DeleteAsync")]
        [InlineData("RemoveForVideoAsync")]
        [InlineData("RetractLikeNotificationAsync")]
        [InlineData("CancelPendingAsync")]
        [InlineData("ClearAsync")]
        [InlineData("DismissAsync")]
        [InlineData("WithdrawAsync")]
        [InlineData("RevokeAsync")]
        [InlineData("MarkAsReadAsync")]
        public async Task Retracting_the_earlier_notification_on_unlike_is_not_reported(string methodName)
        {
            await VerifyAsync($@"
public sealed class NotificationStore
{{
    public Task {methodName}(Guid recipientId, Guid videoId) => Task.CompletedTask;
}}

public sealed class Engagement
{{
    private readonly NotificationStore _notifications = new();

    public async Task UnlikeAsync(Video video)
    {{
        await _notifications.{methodName}(video.OwnerId, video.Id);
    }}
}}");
        }

        [Theory]
        [InlineData("GetUnreadCount")]
        [InlineData("FindForVideo")]
        [InlineData("ListRecent")]
        [InlineData("CountUnread")]
        [InlineData("IsMutedFor")]
        [InlineData("HasUnread")]
        [InlineData("CanReceive")]
        [InlineData("ShouldBatch")]
        public async Task Querying_notifications_on_unlike_is_not_reported(string methodName)
        {
            await VerifyAsync($@"
public sealed class NotificationStore
{{
    public int {methodName}(Guid recipientId, Guid videoId) => 0;
}}

public sealed class Engagement
{{
    private readonly NotificationStore _notifications = new();

    public int Unlike(Video video)
    {{
        return _notifications.{methodName}(video.OwnerId, video.Id);
    }}
}}");
        }

        [Fact]
        public async Task Logging_an_unlike_is_not_reported()
        {
            await VerifyAsync(@"
using Microsoft.Extensions.Logging;

public sealed class Engagement
{
    private readonly ILogger<Engagement> _logger = null!;

    public void Unlike(Guid userId, Video video)
    {
        _logger.LogInformation(""User {UserId} unliked video {VideoId} of {OwnerId}"", userId, video.Id, video.OwnerId);
    }
}");
        }

        [Fact]
        public async Task Counting_an_unlike_in_metrics_is_not_reported()
        {
            await VerifyAsync(@"
using System.Diagnostics.Metrics;

public sealed class Engagement
{
    private static readonly Meter Meter = new(""Engagement"");
    private static readonly Counter<long> Unlikes = Meter.CreateCounter<long>(""unlikes"");

    public void Unlike(Video video)
    {
        Unlikes.Add(1, new KeyValuePair<string, object?>(""owner"", video.OwnerId));
    }
}");
        }

        [Fact]
        public async Task Tracing_an_unlike_is_not_reported()
        {
            await VerifyAsync(@"
using System.Diagnostics;

public sealed class Engagement
{
    private static readonly ActivitySource Source = new(""Engagement"");

    public void Unlike(Video video)
    {
        using var activity = Source.StartActivity(""unlike"");
        activity?.SetTag(""owner"", video.OwnerId);
        activity?.AddEvent(new ActivityEvent(""video.unliked""));
    }
}");
        }

        // ---- Inter-procedural ----

        [Fact]
        public async Task Helper_that_notifies_is_reported_only_where_a_negative_event_calls_it()
        {
            await VerifyAsync(@"
public sealed class Engagement
{
    private readonly INotificationService _notifier = null!;

    public async Task LikeAsync(Video video)
    {
        await ShareActivityAsync(video);
    }

    public async Task UnlikeAsync(Video video)
    {
        await [|ShareActivityAsync(video)|];
    }

    private Task ShareActivityAsync(Video video) => _notifier.NotifyAsync(video.OwnerId, ""Activity on your video"");
}");
        }

        [Fact]
        public async Task Helper_reaching_a_sink_in_three_calls_is_reported()
        {
            await VerifyAsync(@"
public sealed class Engagement
{
    private readonly INotificationService _notifier = null!;

    public async Task UnlikeAsync(Video video)
    {
        await [|RecordAsync(video)|];
    }

    private Task RecordAsync(Video video) => FanOutAsync(video);

    private Task FanOutAsync(Video video) => DeliverAsync(video);

    private Task DeliverAsync(Video video) => _notifier.NotifyAsync(video.OwnerId, ""Activity on your video"");
}");
        }

        [Fact]
        public async Task Helper_reaching_a_sink_only_in_four_calls_is_not_followed()
        {
            await VerifyAsync(@"
public sealed class Engagement
{
    private readonly INotificationService _notifier = null!;

    public async Task UnlikeAsync(Video video)
    {
        await RecordAsync(video);
    }

    private Task RecordAsync(Video video) => FanOutAsync(video);

    private Task FanOutAsync(Video video) => DeliverAsync(video);

    private Task DeliverAsync(Video video) => DispatchAsync(video);

    private Task DispatchAsync(Video video) => _notifier.NotifyAsync(video.OwnerId, ""Activity on your video"");
}");
        }

        [Fact]
        public async Task Call_to_a_method_that_is_a_negative_event_itself_is_reported_inside_it_not_again_at_the_caller()
        {
            await VerifyAsync(@"
public sealed class VideosController
{
    private readonly EngagementService _engagement = null!;

    public Task Unlike(Video video) => _engagement.UnlikeAsync(video);
}

public sealed class EngagementService
{
    private readonly INotificationService _notifier = null!;

    public async Task UnlikeAsync(Video video)
    {
        await [|_notifier.NotifyAsync(video.OwnerId, ""Someone unliked your video"")|];
    }
}");
        }

        [Fact]
        public async Task Message_names_the_chain_from_the_call_to_the_sink()
        {
            var diagnostic = await SingleDiagnosticAsync(@"
public sealed class Engagement
{
    private readonly INotificationService _notifier = null!;

    public async Task UnlikeAsync(Video video) => await RecordAsync(video);

    private Task RecordAsync(Video video) => DeliverAsync(video);

    private Task DeliverAsync(Video video) => _notifier.NotifyAsync(video.OwnerId, ""Activity on your video"");
}");
            Assert.Equal(
                "'RecordAsync' sends a notification on a negative engagement event (method 'UnlikeAsync') through RecordAsync → DeliverAsync → INotificationService.NotifyAsync; negative actions must notify nobody",
                diagnostic.GetMessage());
        }

        [Fact]
        public async Task Message_names_the_marker_that_makes_the_method_negative()
        {
            var diagnostic = await SingleDiagnosticAsync(@"
public sealed class Reactions
{
    private readonly INotificationService _notifier = null!;

    [NegativeEvent]
    public Task RetractAsync(Video video) => _notifier.NotifyAsync(video.OwnerId, ""A reaction was retracted"");
}");
            Assert.Equal(
                "'INotificationService.NotifyAsync' sends a notification on a negative engagement event ([NegativeEvent] on 'RetractAsync'); negative actions must notify nobody",
                diagnostic.GetMessage());
        }

        [Fact]
        public async Task Message_names_the_handled_message_that_makes_the_method_negative()
        {
            var diagnostic = await SingleDiagnosticAsync(@"
public sealed class Reactions
{
    private readonly INotificationService _notifier = null!;

    public Task Handle(VideoUnliked message) => _notifier.NotifyAsync(message.OwnerId, ""Activity on your video"");
}");
            Assert.Contains("event (handles 'VideoUnliked');", diagnostic.GetMessage());
        }

        [Fact]
        public async Task Message_names_the_enum_member_of_the_case()
        {
            var diagnostic = await SingleDiagnosticAsync(@"
public sealed class Engagements
{
    private readonly INotificationService _notifier = null!;

    public async Task HandleAsync(EngagementKind kind, Video video)
    {
        switch (kind)
        {
            case EngagementKind.Unlike:
                await _notifier.NotifyAsync(video.OwnerId, ""Like removed"");
                break;
        }
    }
}");
            Assert.Contains("event ('EngagementKind.Unlike');", diagnostic.GetMessage());
        }

        [Fact]
        public async Task Message_names_the_record_the_branch_removes()
        {
            var diagnostic = await SingleDiagnosticAsync(@"
public sealed class LikeToggle
{
    private readonly INotificationService _notifier = null!;
    private readonly List<Like> _likes = new();

    public async Task ToggleAsync(Guid userId, Video video)
    {
        var existing = _likes.FirstOrDefault(l => l.UserId == userId && l.VideoId == video.Id);
        if (existing is not null)
        {
            _likes.Remove(existing);
            await _notifier.NotifyAsync(video.OwnerId, ""A like was removed"");
        }
    }
}");
            Assert.Contains("event (the branch that removes a Like);", diagnostic.GetMessage());
        }

        private static async Task<Diagnostic> SingleDiagnosticAsync(string source)
        {
            using var workspace = new AdhocWorkspace();
            var solution = TestSolution.Create(workspace, ImmutableArray.Create(ImmutableArray.Create(EngagementTestApp.Usings + source, EngagementTestApp.Services, EngagementTestApp.Markers)), null);
            return Assert.Single(await AnalyzerRunner.GetDiagnosticsAsync(solution, new NotificationOnNegativeEngagementAnalyzer()));
        }

        [Fact]
        public async Task Recursive_helper_that_notifies_is_reported_at_the_call()
        {
            await VerifyAsync(@"
public sealed class Engagement
{
    private readonly INotificationService _notifier = null!;

    public async Task UnlikeAsync(Video video)
    {
        await [|RetryAsync(video, 3)|];
    }

    private async Task RetryAsync(Video video, int attempts)
    {
        if (attempts > 0)
        {
            await RetryAsync(video, attempts - 1);
            return;
        }

        await _notifier.NotifyAsync(video.OwnerId, ""Activity on your video"");
    }
}");
        }

        [Fact]
        public async Task Mutually_recursive_helpers_without_a_sink_are_not_reported()
        {
            await VerifyAsync(@"
public sealed class Engagement
{
    public void Unlike(Video video)
    {
        Ping(3);
    }

    private void Ping(int n)
    {
        if (n > 0) Pong(n - 1);
    }

    private void Pong(int n)
    {
        if (n > 0) Ping(n - 1);
    }
}");
        }

        // ---- Addressed to the actor ----

        [Fact]
        public async Task Confirmation_to_the_user_who_unsubscribed_is_not_reported()
        {
            await VerifyAsync(@"
public sealed class Subscriptions
{
    private readonly INotificationService _notifier = null!;

    public async Task UnsubscribeAsync(Guid userId, Guid channelId)
    {
        await _notifier.NotifyAsync(userId, ""You have unsubscribed"");
    }
}");
        }

        // ---- Robustness ----

        [Fact]
        public async Task Code_that_does_not_compile_is_not_reported()
        {
            await VerifyAsync(@"
public sealed class Engagement
{
    private readonly {|CS0246:IMissingNotifier|} _notifier = null!;

    public async Task UnlikeAsync(Video video)
    {
        await _notifier.NotifyAsync(video.OwnerId, ""Like removed"");
        {|CS0103:NotifyEveryone|}(video.OwnerId);
        var notification = new {|CS0246:UnlikeAlertNotification|}(video.OwnerId);
    }
}");
        }
    }
}
