using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Verifiers;
using Xunit;
using Verify = PrivacyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PrivacyAnalyzers.Rules.CreatorNotifiedOfPrivateEngagementAnalyzer>;

namespace PrivacyAnalyzers.Tests.Rules
{
    public class CreatorNotifiedOfPrivateEngagementAnalyzerTests
    {
        private static Task VerifyAsync(string source, string? editorConfig = null) =>
            Verify.VerifyAnalyzerAsync(new[] { EngagementTestApp.Usings + source, EngagementTestApp.Services, EngagementTestApp.Markers }, editorConfig);

        // ---- Event contexts (§6.2): 1. marker attributes ----

        [Fact]
        public async Task Notification_in_a_method_marked_PrivateEvent_is_reported()
        {
            await VerifyAsync(@"
public sealed class Library
{
    private readonly INotificationService _notifier = null!;

    [PrivateEvent]
    public async Task KeepForLaterAsync(Video video)
    {
        await [|_notifier.NotifyAsync(video.OwnerId, ""Someone kept your video"")|];
    }
}");
        }

        [Fact]
        public async Task Handler_of_a_framework_type_named_with_an_event_verb_is_not_a_private_event()
        {
            await VerifyAsync(@"
public sealed class Transfers
{
    private readonly INotificationService _notifier = null!;

    public async Task OnProgressAsync(System.Net.DownloadProgressChangedEventArgs progress, Video video)
    {
        await _notifier.NotifyAsync(video.OwnerId, ""Your upload is being processed"");
    }
}");
        }

        [Fact]
        public async Task Notification_in_a_type_marked_PrivateEvent_is_reported()
        {
            await VerifyAsync(@"
[PrivateEvent]
public sealed class OfflineCopies
{
    private readonly INotificationService _notifier = null!;

    public void Create(Video video)
    {
        [|_notifier.Notify(video.OwnerId, ""Someone kept your video"")|];
    }
}");
        }

        // ---- 2. messages and handlers ----

        [Fact]
        public async Task Notification_in_a_handler_of_a_downloaded_event_is_reported()
        {
            await VerifyAsync(@"
public sealed class VideoDownloadedHandler : INotificationHandler<VideoDownloaded>
{
    private readonly INotificationService _notifier = null!;

    public async Task Handle(VideoDownloaded notification, CancellationToken cancellationToken)
    {
        await [|_notifier.NotifyAsync(notification.OwnerId, ""Your video was downloaded"")|];
    }
}");
        }

        [Fact]
        public async Task Notification_in_a_consumer_of_a_saved_message_is_reported()
        {
            await VerifyAsync(@"
public sealed class VideoSavedConsumer : IConsumer<VideoSaved>
{
    private readonly INotificationService _notifier = null!;

    public async Task Consume(VideoSaved message)
    {
        await [|_notifier.NotifyAsync(message.OwnerId, ""Your video was saved"")|];
    }
}");
        }

        [Fact]
        public async Task Notification_in_a_method_taking_a_profile_visit_is_reported()
        {
            await VerifyAsync(@"
public sealed class Profiles
{
    private readonly INotificationService _notifier = null!;

    public void On(ProfileVisited message)
    {
        [|_notifier.Notify(message.ProfileOwnerId, ""Someone looked at your profile"")|];
    }
}");
        }

        [Fact]
        public async Task Notification_in_a_handler_of_a_published_event_is_not_reported()
        {
            await VerifyAsync(@"
public sealed class VideoPublishedHandler : INotificationHandler<VideoPublished>
{
    private readonly INotificationService _notifier = null!;

    public async Task Handle(VideoPublished notification, CancellationToken cancellationToken)
    {
        await _notifier.NotifyAsync(notification.OwnerId, ""Your video is live"");
    }
}");
        }

        // ---- 3. branches selected by an event enum member ----

        [Fact]
        public async Task Notification_in_the_download_case_of_a_switch_is_reported_and_the_like_case_is_not()
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
            case EngagementKind.Download:
                await [|_notifier.NotifyAsync(video.OwnerId, ""New download"")|];
                break;
        }
    }
}");
        }

        [Fact]
        public async Task Notification_under_an_is_pattern_with_a_download_member_is_reported()
        {
            await VerifyAsync(@"
public sealed class Engagements
{
    private readonly INotificationService _notifier = null!;

    public void Handle(EngagementKind kind, Video video)
    {
        if (kind is EngagementKind.Download)
        {
            [|_notifier.Notify(video.OwnerId, ""New download"")|];
        }
    }
}");
        }

        [Fact]
        public async Task Save_as_an_enum_member_is_a_private_event()
        {
            await VerifyAsync(@"
public sealed class Engagements
{
    private readonly INotificationService _notifier = null!;

    public async Task HandleAsync(EngagementKind kind, Video video)
    {
        if (kind == EngagementKind.Save)
        {
            await [|_notifier.NotifyAsync(video.OwnerId, ""Your video was saved"")|];
        }
    }
}");
        }

        // ---- 5. method names ----

        [Theory]
        [InlineData("DownloadVideoAsync")]
        [InlineData("OnVideoDownloaded")]
        [InlineData("BookmarkAsync")]
        [InlineData("FavoriteVideo")]
        [InlineData("FavouriteVideo")]
        [InlineData("RecordViewAsync")]
        [InlineData("OnVideoViewed")]
        [InlineData("TrackViewing")]
        [InlineData("WatchAsync")]
        [InlineData("VisitProfileAsync")]
        [InlineData("OnScreenshotTaken")]
        public async Task Notification_in_a_method_named_for_a_private_event_is_reported(string methodName)
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
        [InlineData("SaveChangesAsync")]
        [InlineData("SaveDraft")]
        public async Task Save_in_a_method_name_is_not_a_private_event(string methodName)
        {
            await VerifyAsync($@"
public sealed class Drafts
{{
    private readonly INotificationService _notifier = null!;

    public async Task {methodName}(Video video)
    {{
        await _notifier.NotifyAsync(video.OwnerId, ""Your draft is stored"");
    }}
}}");
        }

        [Theory]
        [InlineData("BuildViewModel")]
        [InlineData("RenderViewComponentAsync")]
        [InlineData("FillViewBag")]
        [InlineData("LoadViewData")]
        [InlineData("UpdateViewport")]
        [InlineData("RenderPreview")]
        [InlineData("OnVideoReviewed")]
        [InlineData("ShowOverview")]
        [InlineData("StartWatchdog")]
        public async Task Notification_in_a_method_whose_name_only_resembles_a_private_event_is_not_reported(string methodName)
        {
            await VerifyAsync($@"
public sealed class Screens
{{
    private readonly INotificationService _notifier = null!;

    public async Task {methodName}(Video video)
    {{
        await _notifier.NotifyAsync(video.OwnerId, ""Your video page changed"");
    }}
}}");
        }

        [Fact]
        public async Task View_removed_from_the_private_events_by_configuration_is_not_reported()
        {
            await VerifyAsync(@"
public sealed class Engagement
{
    private readonly INotificationService _notifier = null!;

    public async Task OnVideoViewed(Video video)
    {
        await _notifier.NotifyAsync(video.OwnerId, ""Your video got a view"");
    }

    public async Task DownloadVideoAsync(Video video)
    {
        await [|_notifier.NotifyAsync(video.OwnerId, ""Your video was downloaded"")|];
    }
}", "is_global = true\nprivacy.private_events = -View\n");
        }

        // ---- Toggles: removal is negative, the adding branch of a private engagement is private ----

        [Fact]
        public async Task Notification_in_the_adding_branch_of_a_bookmark_toggle_is_reported()
        {
            await VerifyAsync(@"
public sealed class Bookmarks
{
    private readonly INotificationService _notifier = null!;
    private readonly List<Bookmark> _bookmarks = new();

    public async Task ToggleBookmarkAsync(Guid userId, Video video)
    {
        var existing = _bookmarks.FirstOrDefault(b => b.UserId == userId && b.VideoId == video.Id);
        if (existing is not null)
        {
            _bookmarks.Remove(existing);
        }
        else
        {
            _bookmarks.Add(new Bookmark { UserId = userId, VideoId = video.Id });
            await [|_notifier.NotifyAsync(video.OwnerId, ""Someone bookmarked your video"")|];
        }
    }
}");
        }

        [Fact]
        public async Task Message_names_the_record_the_branch_adds()
        {
            using var workspace = new AdhocWorkspace();
            var solution = TestSolution.Create(workspace, ImmutableArray.Create(ImmutableArray.Create(EngagementTestApp.Usings + @"
public sealed class Bookmarks
{
    private readonly INotificationService _notifier = null!;
    private readonly List<Bookmark> _bookmarks = new();

    public async Task ToggleBookmarkAsync(Guid userId, Video video)
    {
        var existing = _bookmarks.FirstOrDefault(b => b.UserId == userId && b.VideoId == video.Id);
        if (existing is not null)
        {
            _bookmarks.Remove(existing);
        }
        else
        {
            await _notifier.NotifyAsync(video.OwnerId, ""Someone bookmarked your video"");
        }
    }
}", EngagementTestApp.Services, EngagementTestApp.Markers)), null);
            var diagnostic = Assert.Single(await AnalyzerRunner.GetDiagnosticsAsync(solution, new CreatorNotifiedOfPrivateEngagementAnalyzer()));
            Assert.Contains("event (the branch that adds a Bookmark);", diagnostic.GetMessage());
        }

        [Fact]
        public async Task Notification_in_the_removing_branch_of_a_bookmark_toggle_is_not_reported_by_this_analyzer()
        {
            await VerifyAsync(@"
public sealed class Bookmarks
{
    private readonly INotificationService _notifier = null!;
    private readonly List<Bookmark> _bookmarks = new();

    public async Task ToggleBookmarkAsync(Guid userId, Video video)
    {
        var existing = _bookmarks.FirstOrDefault(b => b.UserId == userId && b.VideoId == video.Id);
        if (existing is not null)
        {
            _bookmarks.Remove(existing);
            await _notifier.NotifyAsync(video.OwnerId, ""Someone removed a bookmark"");
        }
        else
        {
            _bookmarks.Add(new Bookmark { UserId = userId, VideoId = video.Id });
        }
    }
}");
        }

        // ---- Negative events belong to PRIV002 ----

        [Fact]
        public async Task Notification_in_a_negative_event_is_not_reported_by_this_analyzer()
        {
            await VerifyAsync(@"
public sealed class Engagement
{
    private readonly INotificationService _notifier = null!;

    public async Task UnlikeAsync(Video video)
    {
        await _notifier.NotifyAsync(video.OwnerId, ""Someone unliked your video"");
    }

    [NegativeEvent]
    public void Retract(Video video)
    {
        _notifier.Notify(video.OwnerId, ""A reaction was retracted"");
    }
}");
        }

        [Theory]
        [InlineData("UnsaveAsync")]
        [InlineData("UnbookmarkAsync")]
        [InlineData("UnfavoriteAsync")]
        public async Task Undoing_a_private_engagement_is_not_reported_by_this_analyzer(string methodName)
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

        // ---- Recipients: the creator is told, the actor is not a leak ----

        [Fact]
        public async Task Notification_to_the_owner_of_a_downloaded_video_is_reported()
        {
            await VerifyAsync(@"
public sealed class Downloads
{
    private readonly INotificationService _notifier = null!;
    private readonly IVideoRepository _videos = null!;

    public async Task DownloadVideoAsync(Guid userId, Guid videoId)
    {
        var video = _videos.Find(videoId);
        await [|_notifier.NotifyAsync(video.OwnerId, ""Someone downloaded your video"")|];
    }
}");
        }

        [Fact]
        public async Task Notification_to_the_user_who_downloaded_is_not_reported()
        {
            await VerifyAsync(@"
public sealed class Downloads
{
    private readonly INotificationService _notifier = null!;

    public async Task DownloadVideoAsync(Guid userId, Guid videoId)
    {
        await _notifier.NotifyAsync(userId, ""Your download is ready"");
    }
}");
        }

        [Fact]
        public async Task Notification_naming_both_the_owner_and_the_actor_is_reported()
        {
            await VerifyAsync(@"
public sealed class Downloads
{
    private readonly INotificationService _notifier = null!;
    private readonly IVideoRepository _videos = null!;

    public async Task DownloadVideoAsync(Guid userId, Guid videoId)
    {
        var video = _videos.Find(videoId);
        await [|_notifier.NotifyAsync(video.OwnerId, $""User {userId} downloaded your video"")|];
    }
}");
        }

        [Fact]
        public async Task Notification_to_an_unknown_recipient_is_reported()
        {
            await VerifyAsync(@"
public sealed class Downloads
{
    private readonly INotificationService _notifier = null!;
    private readonly IRecipientRouting _routing = null!;

    public async Task DownloadVideoAsync(Guid videoId)
    {
        var target = _routing.ResolveRecipient(videoId);
        await [|_notifier.NotifyAsync(target, ""A video was downloaded"")|];
    }
}");
        }

        // ---- Sinks ----

        [Fact]
        public async Task Email_to_the_creator_on_a_favorite_is_reported()
        {
            await VerifyAsync(@"
public sealed class Favorites
{
    private readonly IEmailSender _email = null!;

    public async Task FavoriteAsync(Video video)
    {
        await [|_email.SendEmailAsync(video.OwnerId, ""New favorite"", ""Someone favorited your video"")|];
    }
}");
        }

        [Fact]
        public async Task Creating_a_download_notification_for_the_creator_is_reported()
        {
            await VerifyAsync(@"
public sealed class Downloads
{
    public void Download(AppDb db, Video video)
    {
        db.Notifications.Add([|new DownloadNotification(video.OwnerId, video.Id)|]);
    }
}");
        }

        [Fact]
        public async Task SignalR_send_to_the_creator_is_reported()
        {
            await VerifyAsync(@"
using Microsoft.AspNetCore.SignalR;

public sealed class FeedHub : Hub { }

public sealed class Views
{
    private readonly IHubContext<FeedHub> _hub = null!;

    public async Task RecordViewAsync(Video video)
    {
        await [|_hub.Clients.User(video.OwnerId.ToString()).SendAsync(""viewed"", video.Id)|];
    }
}");
        }

        [Fact]
        public async Task SignalR_send_to_the_viewer_is_not_reported()
        {
            await VerifyAsync(@"
using Microsoft.AspNetCore.SignalR;

public sealed class FeedHub : Hub { }

public sealed class Views
{
    private readonly IHubContext<FeedHub> _hub = null!;

    public async Task WatchVideoAsync(Guid viewerId, Guid videoId)
    {
        await _hub.Clients.User(viewerId.ToString()).SendAsync(""progress"", videoId);
    }
}");
        }

        [Fact]
        public async Task SignalR_message_that_the_download_is_ready_goes_to_the_downloader_and_is_not_reported()
        {
            await VerifyAsync(@"
using Microsoft.AspNetCore.SignalR;

public sealed class FeedHub : Hub { }

public sealed class Downloads
{
    private readonly IHubContext<FeedHub> _hub = null!;

    public async Task DownloadVideoAsync(Guid downloaderId, Video video)
    {
        await _hub.Clients.User(downloaderId.ToString()).SendAsync(""downloadReady"", video.Id, ""https://cdn.example/file"");
        await [|_hub.Clients.User(video.OwnerId.ToString()).SendAsync(""videoDownloaded"", video.Id)|];
    }
}");
        }

        [Fact]
        public async Task Strongly_typed_SignalR_client_call_to_the_creator_is_reported()
        {
            await VerifyAsync(@"
using Microsoft.AspNetCore.SignalR;

public interface IStudioClient
{
    Task VideoDownloaded(Guid videoId);
}

public sealed class StudioHub : Hub<IStudioClient> { }

public sealed class Downloads
{
    private readonly IHubContext<StudioHub, IStudioClient> _hub = null!;

    public async Task DownloadAsync(Video video)
    {
        await [|_hub.Clients.User(video.OwnerId.ToString()).VideoDownloaded(video.Id)|];
    }
}");
        }

        [Fact]
        public async Task A_framework_notification_client_is_a_sink_by_its_type_name()
        {
            await VerifyAsync(@"
public sealed class Downloads
{
    private readonly HubGateway _hub = null!;

    public async Task DownloadAsync(Video video)
    {
        await [|_hub.ScheduleAsync(video.OwnerId, ""Someone downloaded your video"")|];
    }
}

public sealed class HubGateway : Microsoft.Azure.NotificationHubs.NotificationHubClient { }

namespace Microsoft.Azure.NotificationHubs
{
    public class NotificationHubClient
    {
        public Task ScheduleAsync(Guid userId, string text) => Task.CompletedTask;
    }
}");
        }

        [Fact]
        public async Task A_framework_method_called_on_a_sink_is_a_sink_by_its_receiver_type_name()
        {
            await VerifyAsync(@"
public sealed class Downloads
{
    private readonly PushGateway _push = null!;

    public void Download(Video video)
    {
        [|_push.Dispatch(video.OwnerId)|];
    }
}

public sealed class PushGateway : Microsoft.Messaging.Dispatcher { }

namespace Microsoft.Messaging
{
    public class Dispatcher
    {
        public void Dispatch(Guid userId) { }
    }
}");
        }

        [Fact]
        public async Task A_framework_method_configured_as_a_sink_is_a_sink()
        {
            await VerifyAsync(@"
public sealed class Downloads
{
    private readonly Microsoft.Messaging.Dispatcher _dispatcher = null!;

    public void Download(Video video)
    {
        [|_dispatcher.Dispatch(video.OwnerId)|];
    }
}

namespace Microsoft.Messaging
{
    public class Dispatcher
    {
        public void Dispatch(Guid userId) { }
    }
}", "is_global = true\nprivacy.notification_sinks = Dispatcher\n");
        }

        // ---- Not sinks ----

        [Fact]
        public async Task Logging_a_download_is_not_reported()
        {
            await VerifyAsync(@"
using Microsoft.Extensions.Logging;

public sealed class Downloads
{
    private readonly ILogger<Downloads> _logger = null!;

    public void DownloadVideo(Guid userId, Video video)
    {
        _logger.LogInformation(""User {UserId} downloaded video {VideoId} of {OwnerId}"", userId, video.Id, video.OwnerId);
    }
}");
        }

        // ---- Inter-procedural ----

        [Fact]
        public async Task Helper_that_notifies_the_creator_is_reported_only_where_a_private_event_calls_it()
        {
            await VerifyAsync(@"
public sealed class Engagement
{
    private readonly INotificationService _notifier = null!;

    public async Task PublishAsync(Video video)
    {
        await ShareActivityAsync(video, ""Your video is live"");
    }

    public async Task DownloadAsync(Video video)
    {
        await [|ShareActivityAsync(video, ""Your video was downloaded"")|];
    }

    private Task ShareActivityAsync(Video video, string text) => _notifier.NotifyAsync(video.OwnerId, text);
}");
        }

        // ---- Lambdas and local functions belong to the enclosing method ----

        [Fact]
        public async Task Notification_in_a_lambda_inside_a_download_method_is_reported()
        {
            await VerifyAsync(@"
public sealed class Downloads
{
    private readonly INotificationService _notifier = null!;

    public void DownloadAll(List<Video> videos)
    {
        videos.ForEach(video => [|_notifier.Notify(video.OwnerId, ""Your video was downloaded"")|]);
    }
}");
        }

        [Fact]
        public async Task Notification_in_a_local_function_inside_a_view_method_is_reported()
        {
            await VerifyAsync(@"
public sealed class Views
{
    private readonly INotificationService _notifier = null!;

    public async Task RecordViewAsync(Video video)
    {
        await TellAsync();

        Task TellAsync() => [|_notifier.NotifyAsync(video.OwnerId, ""Your video got a view"")|];
    }
}");
        }

        // ---- Robustness ----

        [Fact]
        public async Task Code_that_does_not_compile_is_not_reported()
        {
            await VerifyAsync(@"
public sealed class Downloads
{
    private readonly {|CS0246:IMissingNotifier|} _notifier = null!;

    public async Task DownloadVideoAsync(Video video)
    {
        await _notifier.NotifyAsync(video.OwnerId, ""Your video was downloaded"");
        {|CS0103:NotifyEveryone|}(video.OwnerId);
        var notification = new {|CS0246:DownloadAlertNotification|}(video.OwnerId);
    }
}");
        }
    }
}
