using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;

namespace PrivacyAnalyzers.Benchmarks.CodeBase
{
    /// <summary>
    /// Writes the code base of a made-up short-video platform, deterministically: shared infrastructure plus one feature
    /// module per kind of content (clips, playlists, podcasts …), twelve files each — entities, a store, public contracts,
    /// creator-facing DTOs, a public controller, a studio controller, minimal APIs (public and under /studio), engagement
    /// events and handlers, an engagement service, a notifier, a catalog and the DI registration. The code is compliant
    /// except for one planted violation per module, rotating over the rules, so every rule has work and findings.
    /// 100 modules make about 1,200 files and 100,000 lines.
    /// </summary>
    public static class CodeBaseGenerator
    {
        public const int DefaultModules = 100;

        private static readonly string[] Nouns =
        {
            "Clip", "Short", "Story", "Reel", "Playlist", "Sound", "Track", "Effect", "Filter", "Sticker",
            "Challenge", "Duet", "Stitch", "Podcast", "Episode", "Series", "Album", "Photo", "Gallery", "Post",
            "Poll", "Quiz", "Course", "Lesson", "Recipe", "Tutorial", "Vlog", "Stream", "Highlight", "Trailer",
        };

        private static readonly string[] Qualifiers = { string.Empty, "Kids", "Premium", "Archive", "Travel", "Music", "Local", "Retro" };

        public static int MaxModules => Nouns.Length * Qualifiers.Length;

        public static GeneratedCodeBase Generate(int modules = DefaultModules)
        {
            if (modules < 1 || modules > MaxModules)
            {
                throw new ArgumentOutOfRangeException(nameof(modules), $"Between 1 and {MaxModules} modules.");
            }

            var names = Enumerable.Range(0, modules).Select(ModuleName).ToList();
            var files = ImmutableArray.CreateBuilder<GeneratedFile>();
            files.AddRange(Infrastructure(names));
            for (var index = 0; index < modules; index++)
            {
                files.AddRange(new Module(index, names[index]).Files());
            }

            return new GeneratedCodeBase(modules, files.ToImmutable());
        }

        private static string ModuleName(int index) => Qualifiers[index / Nouns.Length] + Nouns[index % Nouns.Length];

        private static IEnumerable<GeneratedFile> Infrastructure(IReadOnlyList<string> modules)
        {
            yield return new GeneratedFile("GlobalUsings.cs", """
                global using System;
                global using System.Collections.Generic;
                global using System.Diagnostics.CodeAnalysis;
                global using System.Linq;
                global using System.Security.Claims;
                global using System.Threading;
                global using System.Threading.Tasks;
                global using Microsoft.AspNetCore.Builder;
                global using Microsoft.AspNetCore.Http;
                global using Microsoft.AspNetCore.Routing;
                global using Microsoft.Extensions.DependencyInjection;
                global using Streamly.Infrastructure;

                """);

            yield return new GeneratedFile("Infrastructure/Markers.cs", """
                namespace Streamly.Infrastructure
                {
                    /// <summary>The team's own privacy markers, matched by simple name.</summary>
                    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Method)]
                    public sealed class CreatorFacingAttribute : Attribute { }

                    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
                    public sealed class NegativeEventAttribute : Attribute { }

                    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
                    public sealed class PrivateEventAttribute : Attribute { }

                    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Interface | AttributeTargets.Method)]
                    public sealed class NotificationSinkAttribute : Attribute { }

                    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.Class)]
                    public sealed class UserIdentifierAttribute : Attribute { }
                }

                """);

            yield return new GeneratedFile("Infrastructure/Messaging.cs", """
                namespace Streamly.Infrastructure
                {
                    /// <summary>An in-process domain event.</summary>
                    public interface INotification { }

                    public interface INotificationHandler<in TNotification>
                        where TNotification : INotification
                    {
                        Task Handle(TNotification notification, CancellationToken cancellationToken);
                    }

                    public interface IEventBus
                    {
                        Task PublishAsync<TNotification>(TNotification notification, CancellationToken cancellationToken)
                            where TNotification : INotification;
                    }

                    /// <summary>Dispatches an event to every registered handler, one after the other.</summary>
                    public sealed class InProcessEventBus : IEventBus
                    {
                        private readonly IServiceProvider _services;

                        public InProcessEventBus(IServiceProvider services) => _services = services;

                        public async Task PublishAsync<TNotification>(TNotification notification, CancellationToken cancellationToken)
                            where TNotification : INotification
                        {
                            foreach (var handler in _services.GetServices<INotificationHandler<TNotification>>())
                            {
                                cancellationToken.ThrowIfCancellationRequested();
                                await handler.Handle(notification, cancellationToken);
                            }
                        }
                    }
                }

                """);

            yield return new GeneratedFile("Infrastructure/Notifications.cs", """
                using Microsoft.AspNetCore.SignalR;

                namespace Streamly.Infrastructure
                {
                    /// <summary>One message in a person's inbox.</summary>
                    public sealed record InboxMessage(Guid Id, string Kind, string Text, Guid? SubjectId, DateTimeOffset CreatedAt);

                    public interface INotificationService
                    {
                        Task SendAsync(Guid recipientId, InboxMessage message, CancellationToken cancellationToken);

                        void RemoveForEngagement(Guid engagementId);

                        Task<IReadOnlyList<InboxMessage>> ListAsync(Guid recipientId, CancellationToken cancellationToken);
                    }

                    public interface IPushSender
                    {
                        Task PushAsync(Guid recipientId, string title, string body, CancellationToken cancellationToken);
                    }

                    public interface IEmailSender
                    {
                        Task SendEmailAsync(string address, string subject, string body, CancellationToken cancellationToken);
                    }

                    /// <summary>Pages the owner of a channel on call; a notification sink by the team's policy.</summary>
                    public interface IOwnerPager
                    {
                        Task PageAsync(Guid ownerId, string text);
                    }

                    public sealed class NotificationHub : Hub
                    {
                    }

                    /// <summary>Stores inbox messages and pushes them to the recipient's open connections.</summary>
                    public sealed class SignalRNotificationService : INotificationService
                    {
                        private readonly IHubContext<NotificationHub> _hub;
                        private readonly Dictionary<Guid, List<InboxMessage>> _inboxes = new();

                        public SignalRNotificationService(IHubContext<NotificationHub> hub) => _hub = hub;

                        public async Task SendAsync(Guid recipientId, InboxMessage message, CancellationToken cancellationToken)
                        {
                            lock (_inboxes)
                            {
                                if (!_inboxes.TryGetValue(recipientId, out var inbox))
                                {
                                    inbox = new List<InboxMessage>();
                                    _inboxes[recipientId] = inbox;
                                }

                                inbox.Add(message);
                            }

                            await _hub.Clients.User(recipientId.ToString()).SendAsync("inbox", message, cancellationToken);
                        }

                        public void RemoveForEngagement(Guid engagementId)
                        {
                            lock (_inboxes)
                            {
                                foreach (var inbox in _inboxes.Values)
                                {
                                    inbox.RemoveAll(message => message.SubjectId == engagementId);
                                }
                            }
                        }

                        public Task<IReadOnlyList<InboxMessage>> ListAsync(Guid recipientId, CancellationToken cancellationToken)
                        {
                            lock (_inboxes)
                            {
                                IReadOnlyList<InboxMessage> messages = _inboxes.TryGetValue(recipientId, out var inbox)
                                    ? inbox.OrderByDescending(message => message.CreatedAt).ToList()
                                    : Array.Empty<InboxMessage>();
                                return Task.FromResult(messages);
                            }
                        }
                    }
                }

                """);

            yield return new GeneratedFile("Infrastructure/Accounts.cs", """
                namespace Streamly.Infrastructure
                {
                    /// <summary>A person with an account: viewer, creator or both.</summary>
                    public sealed class ApplicationUser
                    {
                        public Guid Id { get; init; } = Guid.NewGuid();

                        public string Handle { get; set; } = string.Empty;

                        public string Email { get; set; } = string.Empty;

                        public string DisplayName { get; set; } = string.Empty;

                        public string Country { get; set; } = "US";

                        public bool WantsEmail { get; set; } = true;

                        public DateTimeOffset JoinedAt { get; init; } = DateTimeOffset.UtcNow;
                    }

                    public interface IUserDirectory
                    {
                        ApplicationUser? Find(Guid id);
                    }

                    public sealed class InMemoryUserDirectory : IUserDirectory
                    {
                        private readonly Dictionary<Guid, ApplicationUser> _users = new();

                        public ApplicationUser? Find(Guid id)
                        {
                            lock (_users)
                            {
                                return _users.TryGetValue(id, out var user) ? user : null;
                            }
                        }

                        public void Add(ApplicationUser user)
                        {
                            lock (_users)
                            {
                                _users[user.Id] = user;
                            }
                        }
                    }

                    public static class StreamlyRoles
                    {
                        public const string Creator = "Creator";
                        public const string Moderator = "Moderator";
                    }

                    public static class StreamlyPolicies
                    {
                        public const string CreatorOnly = "CreatorOnly";
                    }

                    public static class ClaimsPrincipalExtensions
                    {
                        public static Guid GetUserId(this ClaimsPrincipal user) =>
                            Guid.TryParse(user.FindFirst(ClaimTypes.NameIdentifier)?.Value, out var id) ? id : Guid.Empty;
                    }
                }

                """);

            yield return new GeneratedFile("Infrastructure/Paging.cs", """
                namespace Streamly.Infrastructure
                {
                    public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

                    /// <summary>How many of something happened on one day.</summary>
                    public sealed record DailyCount(DateOnly Day, long Count);

                    public static class PagingExtensions
                    {
                        public const int MaxPageSize = 100;

                        public static PagedResult<T> ToPage<T>(this IEnumerable<T> source, int page, int pageSize)
                        {
                            page = Math.Max(1, page);
                            pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
                            var all = source as IReadOnlyList<T> ?? source.ToList();
                            var items = all.Skip((page - 1) * pageSize).Take(pageSize).ToList();
                            return new PagedResult<T>(items, page, pageSize, all.Count);
                        }

                        public static IReadOnlyList<DailyCount> PerDay<T>(this IEnumerable<T> source, Func<T, DateTimeOffset> at, int days, DateTimeOffset now)
                        {
                            var first = DateOnly.FromDateTime(now.UtcDateTime).AddDays(1 - days);
                            var counts = source
                                .Select(item => DateOnly.FromDateTime(at(item).UtcDateTime))
                                .Where(day => day >= first)
                                .GroupBy(day => day)
                                .ToDictionary(group => group.Key, group => (long)group.Count());
                            var result = new List<DailyCount>(days);
                            for (var day = first; result.Count < days; day = day.AddDays(1))
                            {
                                result.Add(new DailyCount(day, counts.TryGetValue(day, out var count) ? count : 0));
                            }

                            return result;
                        }
                    }
                }

                """);

            var registrations = new StringBuilder();
            var mappings = new StringBuilder();
            foreach (var module in modules)
            {
                registrations.Append("            builder.Services.Add").Append(module).Append("Module();\n");
                mappings.Append("            app.Map").Append(module).Append("Endpoints();\n");
            }

            var usings = string.Concat(modules.Select(module => $"using Streamly.{module}.Api;\n"));
            yield return new GeneratedFile("Startup.cs", usings + $$"""

                namespace Streamly
                {
                    public static class Startup
                    {
                        public static WebApplication Build(string[] args)
                        {
                            var builder = WebApplication.CreateBuilder(args);
                            builder.Services.AddControllers();
                            builder.Services.AddSignalR();
                            builder.Services.AddSingleton(TimeProvider.System);
                            builder.Services.AddSingleton<INotificationService, SignalRNotificationService>();
                            builder.Services.AddSingleton<IUserDirectory, InMemoryUserDirectory>();
                            builder.Services.AddScoped<IEventBus, InProcessEventBus>();
                            builder.Services.AddAuthorizationBuilder()
                                .AddPolicy(StreamlyPolicies.CreatorOnly, policy => policy.RequireRole(StreamlyRoles.Creator));

                """ + registrations + """

                            var app = builder.Build();
                            app.UseAuthentication();
                            app.UseAuthorization();
                            app.MapControllers();
                            app.MapHub<NotificationHub>("/hubs/notifications");

                """ + mappings + """
                            return app;
                        }
                    }
                }

                """);
        }

        /// <summary>One feature module; <see cref="Slot"/> decides which violation, if any, it carries.</summary>
        private sealed class Module
        {
            private readonly string _m;
            private readonly string _noun;
            private readonly string _route;
            private readonly int _index;

            public Module(int index, string name)
            {
                _index = index;
                _m = name;
                _noun = string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
                _route = _noun.Replace(' ', '-') + (_noun.EndsWith("s", StringComparison.Ordinal) ? string.Empty : "s");
            }

            /// <summary>
            /// 0: PRIV100 and PRIV007, 1 and 4: PRIV001, 2 and 5: PRIV005, 3 and 8: PRIV002, 6 and 9: PRIV003, 7: PRIV004. The controller's
            /// Unlike calls the service's UnlikeAsync, an event context itself, whose leak (slot 8) is reported inside it only.
            /// </summary>
            private int Slot => _index % 10;

            /// <summary>Half the modules keep their creator DTOs in a Studio namespace, the others name them Creator….</summary>
            private bool InStudioNamespace => _index % 2 == 1;

            private string AnalyticsNamespace => InStudioNamespace ? $"Streamly.Studio.{_m}" : $"Streamly.{_m}.Analytics";

            public IEnumerable<GeneratedFile> Files()
            {
                yield return new GeneratedFile($"{_m}/Domain/{_m}Entities.cs", Entities());
                yield return new GeneratedFile($"{_m}/Data/{_m}Store.cs", Store());
                yield return new GeneratedFile($"{_m}/Contracts/{_m}Contracts.cs", Contracts());
                yield return new GeneratedFile($"{_m}/Analytics/Creator{_m}Reports.cs", CreatorReports());
                yield return new GeneratedFile($"{_m}/Api/{_m}Controller.cs", PublicController());
                yield return new GeneratedFile($"{_m}/Api/Studio{_m}Controller.cs", StudioController());
                yield return new GeneratedFile($"{_m}/Api/{_m}Endpoints.cs", Endpoints());
                yield return new GeneratedFile($"{_m}/Events/{_m}Events.cs", Events());
                yield return new GeneratedFile($"{_m}/Services/{_m}EngagementService.cs", EngagementService());
                yield return new GeneratedFile($"{_m}/Notifications/{_m}Notifier.cs", Notifier());
                yield return new GeneratedFile($"{_m}/Services/{_m}Catalog.cs", Catalog());
                yield return new GeneratedFile($"{_m}/{_m}Module.cs", Registration());
            }

            private string Entities() => $$"""
                namespace Streamly.{{_m}}.Domain
                {
                    public enum {{_m}}Visibility
                    {
                        Draft,
                        Public,
                        Unlisted,
                        Private,
                    }

                    public enum {{_m}}EngagementKind
                    {
                        Like,
                        Unlike,
                        Share,
                        Download,
                        Bookmark,
                        Unbookmark,
                        Comment,
                    }

                    /// <summary>A {{_noun}} published on Streamly.</summary>
                    public sealed class {{_m}}Item
                    {
                        public Guid Id { get; init; } = Guid.NewGuid();

                        public Guid OwnerId { get; init; }

                        public string Title { get; private set; } = string.Empty;

                        public string Description { get; private set; } = string.Empty;

                        public string Language { get; init; } = "en";

                        public TimeSpan Duration { get; init; }

                        public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;

                        public DateTimeOffset? PublishedAt { get; private set; }

                        public {{_m}}Visibility Visibility { get; private set; } = {{_m}}Visibility.Draft;

                        public List<string> Tags { get; } = new();

                        public bool IsPublished => PublishedAt is not null && Visibility is {{_m}}Visibility.Public or {{_m}}Visibility.Unlisted;

                        public void Rename(string title)
                        {
                            if (string.IsNullOrWhiteSpace(title))
                            {
                                throw new ArgumentException("A title is required.", nameof(title));
                            }

                            Title = title.Trim();
                        }

                        public void Describe(string? description) => Description = description?.Trim() ?? string.Empty;

                        public void Publish(DateTimeOffset at, {{_m}}Visibility visibility)
                        {
                            if (visibility == {{_m}}Visibility.Draft)
                            {
                                throw new InvalidOperationException("Publish with a public, unlisted or private visibility.");
                            }

                            PublishedAt = at;
                            Visibility = visibility;
                        }

                        public void Tag(IEnumerable<string> tags)
                        {
                            foreach (var tag in tags.Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0).Distinct())
                            {
                                if (!Tags.Contains(tag))
                                {
                                    Tags.Add(tag);
                                }
                            }
                        }
                    }

                    public sealed class {{_m}}Like
                    {
                        public Guid Id { get; init; } = Guid.NewGuid();

                        public Guid UserId { get; init; }

                        public Guid ItemId { get; init; }

                        public DateTimeOffset At { get; init; }
                    }

                    public sealed class {{_m}}Download
                    {
                        public Guid Id { get; init; } = Guid.NewGuid();

                        public Guid UserId { get; init; }

                        public Guid ItemId { get; init; }

                        public string Quality { get; init; } = "hd";

                        public DateTimeOffset At { get; init; }
                    }

                    public sealed class {{_m}}Bookmark
                    {
                        public Guid Id { get; init; } = Guid.NewGuid();

                        public Guid UserId { get; init; }

                        public Guid ItemId { get; init; }

                        public DateTimeOffset At { get; init; }
                    }

                    public sealed class {{_m}}Play
                    {
                        public Guid Id { get; init; } = Guid.NewGuid();

                        public Guid ViewerId { get; init; }

                        public Guid ItemId { get; init; }

                        public TimeSpan WatchTime { get; init; }

                        public string Country { get; init; } = "US";

                        public double Latitude { get; init; }

                        public double Longitude { get; init; }

                        public bool Completed { get; set; }

                        public DateTimeOffset At { get; init; }
                    }

                    public sealed class {{_m}}Comment
                    {
                        public Guid Id { get; init; } = Guid.NewGuid();

                        public Guid AuthorId { get; init; }

                        public Guid ItemId { get; init; }

                        public string Text { get; init; } = string.Empty;

                        public bool IsHidden { get; private set; }

                        public DateTimeOffset At { get; init; }

                        public void Hide() => IsHidden = true;
                    }

                    /// <summary>A like as the moderation store keeps it.</summary>
                    public sealed record {{_m}}LikeRow(Guid UserId, DateTimeOffset LikedAt);

                    /// <summary>Where a playback happened, as the fraud team's store keeps it.</summary>
                    public sealed record {{_m}}PlayPin(double Latitude, double Longitude, DateTimeOffset PlayedAt);
                }

                """;

            private string Store() => $$"""
                using Streamly.{{_m}}.Domain;

                namespace Streamly.{{_m}}.Data
                {
                    /// <summary>The {{_noun}} tables, in memory.</summary>
                    public sealed class {{_m}}Store
                    {
                        private readonly object _gate = new();
                        private readonly List<{{_m}}Item> _items = new();
                        private readonly List<{{_m}}Like> _likes = new();
                        private readonly List<{{_m}}Download> _downloads = new();
                        private readonly List<{{_m}}Bookmark> _bookmarks = new();
                        private readonly List<{{_m}}Play> _plays = new();
                        private readonly List<{{_m}}Comment> _comments = new();

                        public {{_m}}Item? FindItem(Guid id)
                        {
                            lock (_gate)
                            {
                                return _items.FirstOrDefault(item => item.Id == id);
                            }
                        }

                        public IReadOnlyList<{{_m}}Item> ItemsOf(Guid ownerId)
                        {
                            lock (_gate)
                            {
                                return _items.Where(item => item.OwnerId == ownerId).OrderByDescending(item => item.CreatedAt).ToList();
                            }
                        }

                        public IReadOnlyList<{{_m}}Item> Published()
                        {
                            lock (_gate)
                            {
                                return _items.Where(item => item.IsPublished).ToList();
                            }
                        }

                        public void AddItem({{_m}}Item item)
                        {
                            lock (_gate)
                            {
                                _items.Add(item);
                            }
                        }

                        public {{_m}}Like? FindLike(Guid userId, Guid itemId)
                        {
                            lock (_gate)
                            {
                                return _likes.FirstOrDefault(like => like.UserId == userId && like.ItemId == itemId);
                            }
                        }

                        public void AddLike({{_m}}Like like)
                        {
                            lock (_gate)
                            {
                                _likes.Add(like);
                            }
                        }

                        public void RemoveLike({{_m}}Like like)
                        {
                            lock (_gate)
                            {
                                _likes.Remove(like);
                            }
                        }

                        public long CountLikes(Guid itemId)
                        {
                            lock (_gate)
                            {
                                return _likes.Count(like => like.ItemId == itemId);
                            }
                        }

                        public IReadOnlyList<{{_m}}Like> LikesOf(Guid itemId)
                        {
                            lock (_gate)
                            {
                                return _likes.Where(like => like.ItemId == itemId).OrderByDescending(like => like.At).ToList();
                            }
                        }

                        public void AddDownload({{_m}}Download download)
                        {
                            lock (_gate)
                            {
                                _downloads.Add(download);
                            }
                        }

                        public long CountDownloads(Guid itemId)
                        {
                            lock (_gate)
                            {
                                return _downloads.Count(download => download.ItemId == itemId);
                            }
                        }

                        public IReadOnlyList<{{_m}}Download> DownloadsOf(Guid itemId)
                        {
                            lock (_gate)
                            {
                                return _downloads.Where(download => download.ItemId == itemId).ToList();
                            }
                        }

                        public {{_m}}Bookmark? FindBookmark(Guid userId, Guid itemId)
                        {
                            lock (_gate)
                            {
                                return _bookmarks.FirstOrDefault(bookmark => bookmark.UserId == userId && bookmark.ItemId == itemId);
                            }
                        }

                        public void AddBookmark({{_m}}Bookmark bookmark)
                        {
                            lock (_gate)
                            {
                                _bookmarks.Add(bookmark);
                            }
                        }

                        public void RemoveBookmark({{_m}}Bookmark bookmark)
                        {
                            lock (_gate)
                            {
                                _bookmarks.Remove(bookmark);
                            }
                        }

                        public long CountBookmarks(Guid itemId)
                        {
                            lock (_gate)
                            {
                                return _bookmarks.Count(bookmark => bookmark.ItemId == itemId);
                            }
                        }

                        public void AddPlay({{_m}}Play play)
                        {
                            lock (_gate)
                            {
                                _plays.Add(play);
                            }
                        }

                        public void MarkCompleted(Guid itemId, Guid viewerId)
                        {
                            lock (_gate)
                            {
                                foreach (var play in _plays.Where(p => p.ItemId == itemId && p.ViewerId == viewerId && !p.Completed))
                                {
                                    play.Completed = true;
                                }
                            }
                        }

                        public IReadOnlyList<{{_m}}Play> PlaysOf(Guid itemId)
                        {
                            lock (_gate)
                            {
                                return _plays.Where(play => play.ItemId == itemId).ToList();
                            }
                        }

                        public IReadOnlyDictionary<string, long> PlaysByCountry(Guid itemId)
                        {
                            lock (_gate)
                            {
                                return _plays.Where(play => play.ItemId == itemId)
                                    .GroupBy(play => play.Country)
                                    .ToDictionary(group => group.Key, group => (long)group.Count());
                            }
                        }

                        public IReadOnlyList<DailyCount> DailyPlays(Guid itemId, int days, DateTimeOffset now) =>
                            PlaysOf(itemId).PerDay(play => play.At, days, now);

                        public void AddComment({{_m}}Comment comment)
                        {
                            lock (_gate)
                            {
                                _comments.Add(comment);
                            }
                        }

                        public IReadOnlyList<{{_m}}Comment> CommentsOf(Guid itemId)
                        {
                            lock (_gate)
                            {
                                return _comments.Where(comment => comment.ItemId == itemId).OrderBy(comment => comment.At).ToList();
                            }
                        }
                    }
                }

                """;

            private string Contracts() => $$"""
                using Streamly.{{_m}}.Domain;

                namespace Streamly.{{_m}}.Contracts
                {
                    /// <summary>A {{_noun}} as the public API shows it.</summary>
                    public sealed record {{_m}}Details(
                        Guid Id,
                        Guid OwnerId,
                        string Title,
                        string Description,
                        string Language,
                        TimeSpan Duration,
                        DateTimeOffset? PublishedAt,
                        IReadOnlyList<string> Tags,
                        long Likes,
                        long Comments);

                    public sealed record {{_m}}Card(Guid Id, string Title, TimeSpan Duration, long Likes);

                    /// <summary>A public comment: who wrote it is public, like the comment.</summary>
                    public sealed record {{_m}}CommentDto(Guid Id, Guid AuthorId, string AuthorHandle, string Text, DateTimeOffset At);

                    public sealed record Create{{_m}}Request(string Title, string? Description, string Language, TimeSpan Duration, IReadOnlyList<string> Tags);

                    public sealed record {{_m}}LikeState(bool Liked, long Likes);

                    public sealed record {{_m}}DownloadTicket(Guid DownloadId, Uri Url, DateTimeOffset ExpiresAt);

                    public sealed record {{_m}}PlayReport(double Seconds, string Country);

                    public static class {{_m}}Mapping
                    {
                        public static {{_m}}Details ToDetails(this {{_m}}Item item, long likes, long comments) => new(
                            item.Id,
                            item.OwnerId,
                            item.Title,
                            item.Description,
                            item.Language,
                            item.Duration,
                            item.PublishedAt,
                            item.Tags.ToList(),
                            likes,
                            comments);

                        public static {{_m}}Card ToCard(this {{_m}}Item item, long likes) => new(item.Id, item.Title, item.Duration, likes);

                        public static {{_m}}CommentDto ToDto(this {{_m}}Comment comment, string authorHandle) =>
                            new(comment.Id, comment.AuthorId, authorHandle, comment.Text, comment.At);
                    }

                    public static class {{_m}}Validation
                    {
                        public const int MaxTitleLength = 120;
                        public const int MaxTags = 12;

                        private static readonly string[] Languages = { "en", "es", "pt", "fr", "de", "it", "ja", "ko", "zh", "id", "tr", "ar" };

                        public static IReadOnlyList<string> Validate(Create{{_m}}Request request)
                        {
                            var errors = new List<string>();
                            if (string.IsNullOrWhiteSpace(request.Title))
                            {
                                errors.Add("A title is required.");
                            }
                            else if (request.Title.Length > MaxTitleLength)
                            {
                                errors.Add($"A title has at most {MaxTitleLength} characters.");
                            }

                            if (!Languages.Contains(request.Language, StringComparer.OrdinalIgnoreCase))
                            {
                                errors.Add($"Unknown language '{request.Language}'.");
                            }

                            if (request.Duration <= TimeSpan.Zero || request.Duration > TimeSpan.FromHours(3))
                            {
                                errors.Add("A {{_noun}} lasts between one second and three hours.");
                            }

                            if (request.Tags.Count > MaxTags)
                            {
                                errors.Add($"At most {MaxTags} tags.");
                            }

                            foreach (var tag in request.Tags.Where(tag => tag.Any(char.IsWhiteSpace)))
                            {
                                errors.Add($"Tag '{tag}' contains white space.");
                            }

                            return errors;
                        }
                    }
                }

                """;

            private string CreatorReports()
            {
                var leak = Slot switch
                {
                    1 => """

                                // PRIV001: the creator learns exactly who watched
                                public List<Guid> RecentViewerIds { get; init; } = new();

                        """,
                    4 => $$"""

                                // PRIV001: one row per person who liked
                                public IReadOnlyList<{{_m}}LikeRow> RecentLikes { get; init; } = Array.Empty<{{_m}}LikeRow>();

                        """,
                    7 => $$"""

                                // PRIV004: where each viewer was when they played it
                                public IReadOnlyList<{{_m}}PlayPin> RecentPlayLocations { get; init; } = Array.Empty<{{_m}}PlayPin>();

                        """,
                    _ => string.Empty,
                };
                var suppression = Slot switch
                {
                    0 => """
                                // PRIV100: a suppression without a reason a reviewer can check
                        #pragma warning disable PRIV001
                                public Guid OwnerId { get; init; }
                        #pragma warning restore PRIV001
                        """,
                    5 => """
                        #pragma warning disable PRIV001 // the owner's own account id, reviewed in PR 4711
                                public Guid OwnerId { get; init; }
                        #pragma warning restore PRIV001
                        """,
                    _ => """
                                public Guid OwnerId { get; init; }
                        """,
                };
                var marker = _index % 3 == 0 ? "\n    [CreatorFacing]" : string.Empty;
                var justified = _index % 4 == 2
                    ? "\n    [SuppressMessage(\"Privacy\", \"PRIV001:Creator-facing type exposes identifiers of audience members\", Justification = \"Counts and coarse bands only; reviewed with the privacy team\")]"
                    : string.Empty;
                return $$"""
                    using Streamly.{{_m}}.Contracts;
                    using Streamly.{{_m}}.Data;
                    using Streamly.{{_m}}.Domain;

                    namespace {{AnalyticsNamespace}}
                    {
                        /// <summary>What a creator sees about one {{_noun}}: counts and coarse dimensions, never who.</summary>
                        public sealed class Creator{{_m}}StatsDto
                        {
                            public Guid {{_m}}Id { get; init; }

                    {{suppression}}

                            public string Title { get; init; } = string.Empty;

                            public long Plays { get; init; }

                            public long UniqueViewers { get; init; }

                            public long Likes { get; init; }

                            public long Downloads { get; init; }

                            public long Bookmarks { get; init; }

                            public long Comments { get; init; }

                            public double AverageWatchSeconds { get; init; }

                            public double CompletionRate { get; init; }

                            public IReadOnlyDictionary<string, long> PlaysByCountry { get; init; } = new Dictionary<string, long>();

                            public IReadOnlyList<DailyCount> DailyPlays { get; init; } = Array.Empty<DailyCount>();
                    {{leak}}    }

                        public sealed record Creator{{_m}}Summary(Guid CreatorId, int Published, long TotalPlays, long NewFollowers, string TopRegion, double LikeRate);
                    {{marker}}{{justified}}
                        public sealed class {{_m}}AudienceBreakdown
                        {
                            public IReadOnlyDictionary<string, long> ByCountry { get; init; } = new Dictionary<string, long>();

                            public IReadOnlyDictionary<string, long> ByAgeBand { get; init; } = new Dictionary<string, long>();

                            public long ReturningViewers { get; init; }

                            public long FirstTimeViewers { get; init; }

                            public int TopFanCount { get; init; }
                        }

                        public static class Creator{{_m}}Reporting
                        {
                            public static Creator{{_m}}StatsDto Build({{_m}}Item item, {{_m}}Store store, DateTimeOffset now)
                            {
                                var plays = store.PlaysOf(item.Id);
                                var seconds = plays.Select(play => play.WatchTime.TotalSeconds).ToList();
                                return new Creator{{_m}}StatsDto
                                {
                                    {{_m}}Id = item.Id,
                                    OwnerId = item.OwnerId,
                                    Title = item.Title,
                                    Plays = plays.Count,
                                    UniqueViewers = plays.Select(play => play.ViewerId).Distinct().LongCount(),
                                    Likes = store.CountLikes(item.Id),
                                    Downloads = store.CountDownloads(item.Id),
                                    Bookmarks = store.CountBookmarks(item.Id),
                                    Comments = store.CommentsOf(item.Id).Count,
                                    AverageWatchSeconds = seconds.Count == 0 ? 0 : seconds.Average(),
                                    CompletionRate = plays.Count == 0 ? 0 : plays.Count(play => play.Completed) / (double)plays.Count,
                                    PlaysByCountry = store.PlaysByCountry(item.Id),
                                    DailyPlays = store.DailyPlays(item.Id, 28, now),
                                };
                            }

                            public static Creator{{_m}}Summary Summarize(Guid creatorId, {{_m}}Store store)
                            {
                                var items = store.ItemsOf(creatorId);
                                var plays = items.SelectMany(item => store.PlaysOf(item.Id)).ToList();
                                var likes = items.Sum(item => store.CountLikes(item.Id));
                                var topRegion = plays.GroupBy(play => play.Country).OrderByDescending(group => group.Count()).Select(group => group.Key).FirstOrDefault() ?? "-";
                                return new Creator{{_m}}Summary(creatorId, items.Count(item => item.IsPublished), plays.Count, 0, topRegion, plays.Count == 0 ? 0 : likes / (double)plays.Count);
                            }
                        }
                    }

                    """;
            }

            private string PublicController() => $$"""
                using Microsoft.AspNetCore.Authorization;
                using Microsoft.AspNetCore.Mvc;
                using Streamly.{{_m}}.Contracts;
                using Streamly.{{_m}}.Data;
                using Streamly.{{_m}}.Domain;
                using Streamly.{{_m}}.Services;

                namespace Streamly.{{_m}}.Api
                {
                    [ApiController]
                    [Route("api/{{_route}}")]
                    public sealed class {{_m}}Controller : ControllerBase
                    {
                        private readonly {{_m}}Store _store;
                        private readonly {{_m}}EngagementService _engagement;
                        private readonly {{_m}}Catalog _catalog;

                        public {{_m}}Controller({{_m}}Store store, {{_m}}EngagementService engagement, {{_m}}Catalog catalog)
                        {
                            _store = store;
                            _engagement = engagement;
                            _catalog = catalog;
                        }

                        private Guid CurrentUserId => User.GetUserId();

                        [HttpGet("{id:guid}")]
                        public ActionResult<{{_m}}Details> Get(Guid id)
                        {
                            var item = _store.FindItem(id);
                            if (item is null || !item.IsPublished)
                            {
                                return NotFound();
                            }

                            return Ok(item.ToDetails(_store.CountLikes(id), _store.CommentsOf(id).Count));
                        }

                        {{PublicLikers()}}
                        [HttpGet]
                        public ActionResult<PagedResult<{{_m}}Card>> List([FromQuery] string? tag, [FromQuery] int page = 1, [FromQuery] int pageSize = 20) =>
                            Ok(_catalog.Search(tag, page, pageSize));

                        [Authorize]
                        [HttpPost]
                        public ActionResult<{{_m}}Details> Create(Create{{_m}}Request request)
                        {
                            var errors = {{_m}}Validation.Validate(request);
                            if (errors.Count > 0)
                            {
                                return BadRequest(errors);
                            }

                            var item = new {{_m}}Item { OwnerId = CurrentUserId, Language = request.Language, Duration = request.Duration };
                            item.Rename(request.Title);
                            item.Describe(request.Description);
                            item.Tag(request.Tags);
                            _store.AddItem(item);
                            return CreatedAtAction(nameof(Get), new { id = item.Id }, item.ToDetails(0, 0));
                        }

                        [Authorize]
                        [HttpPost("{id:guid}/like")]
                        public async Task<ActionResult<{{_m}}LikeState>> Like(Guid id, CancellationToken cancellationToken) =>
                            Ok(await _engagement.LikeAsync(CurrentUserId, id, cancellationToken));

                        [Authorize]
                        [HttpDelete("{id:guid}/like")]
                        public async Task<ActionResult<{{_m}}LikeState>> Unlike(Guid id, CancellationToken cancellationToken) =>
                            Ok(await _engagement.UnlikeAsync(CurrentUserId, id, cancellationToken));

                        [Authorize]
                        [HttpPost("{id:guid}/download")]
                        public async Task<ActionResult<{{_m}}DownloadTicket>> Download(Guid id, [FromQuery] string quality = "hd", CancellationToken cancellationToken = default)
                        {
                            var ticket = await _engagement.DownloadAsync(CurrentUserId, id, quality, cancellationToken);
                            return ticket is null ? NotFound() : Ok(ticket);
                        }

                        [Authorize]
                        [HttpPut("{id:guid}/bookmark")]
                        public ActionResult<bool> ToggleBookmark(Guid id) => Ok(_engagement.ToggleBookmark(CurrentUserId, id));

                        [HttpGet("{id:guid}/comments")]
                        public ActionResult<IReadOnlyList<{{_m}}CommentDto>> Comments(Guid id) =>
                            Ok(_store.CommentsOf(id).Where(comment => !comment.IsHidden).Select(comment => comment.ToDto("@" + comment.AuthorId.ToString("N")[..8])).ToList());

                        [Authorize]
                        [HttpPost("{id:guid}/comments")]
                        public async Task<ActionResult<{{_m}}CommentDto>> Comment(Guid id, [FromBody] string text, CancellationToken cancellationToken)
                        {
                            if (string.IsNullOrWhiteSpace(text) || text.Length > 500)
                            {
                                return BadRequest("A comment has between 1 and 500 characters.");
                            }

                            var comment = await _engagement.CommentAsync(CurrentUserId, id, text.Trim(), cancellationToken);
                            return comment is null ? NotFound() : Ok(comment.ToDto("@me"));
                        }

                        [Authorize]
                        [HttpPost("{id:guid}/plays")]
                        public async Task<IActionResult> RecordPlay(Guid id, {{_m}}PlayReport report, CancellationToken cancellationToken)
                        {
                            await _engagement.RecordPlayAsync(CurrentUserId, id, TimeSpan.FromSeconds(report.Seconds), report.Country, cancellationToken);
                            return NoContent();
                        }
                    }
                }

                """;

            /// <summary>Slot 0: a public endpoint, in code that never says creator, that tells anyone who liked an item.</summary>
            private string PublicLikers() => Slot == 0
                ? string.Join(
                    "\n        ",
                    "[HttpGet(\"{id:guid}/likers\")]",
                    "public IActionResult Likers(Guid id) =>",
                    "    // PRIV007: anyone learns who liked the item",
                    "    Ok(_store.LikesOf(id).Select(like => like.UserId).ToList());")
                : string.Empty;

            private string StudioController()
            {
                var likers = Slot == 2
                    ? $$"""

                                [HttpGet("{id:guid}/likes")]
                                public IActionResult Likes(Guid id)
                                {
                                    if (_store.FindItem(id) is not { } item || item.OwnerId != CreatorId)
                                    {
                                        return NotFound();
                                    }

                                    // PRIV005: one row per person who liked
                                    return Ok(_store.LikesOf(id).Select(like => new { like.UserId, like.At }));
                                }

                        """
                    : string.Empty;
                var roles = _index % 5 == 4 ? "StreamlyRoles.Creator + \",StudioEditor\"" : "StreamlyRoles.Creator";
                return $$"""
                    using Microsoft.AspNetCore.Authorization;
                    using Microsoft.AspNetCore.Mvc;
                    using Streamly.{{_m}}.Data;
                    using Streamly.{{_m}}.Domain;
                    using {{AnalyticsNamespace}};

                    namespace Streamly.{{_m}}.Api
                    {
                        /// <summary>The creator's own {{_noun}} analytics.</summary>
                        [ApiController]
                        [Authorize(Roles = {{roles}})]
                        [Route("api/studio/{{_route}}")]
                        public sealed class Studio{{_m}}Controller : ControllerBase
                        {
                            private readonly {{_m}}Store _store;
                            private readonly TimeProvider _clock;

                            public Studio{{_m}}Controller({{_m}}Store store, TimeProvider clock)
                            {
                                _store = store;
                                _clock = clock;
                            }

                            private Guid CreatorId => User.GetUserId();

                            [HttpGet]
                            public ActionResult<IReadOnlyList<Creator{{_m}}StatsDto>> Overview() =>
                                Ok(_store.ItemsOf(CreatorId).Select(item => Creator{{_m}}Reporting.Build(item, _store, _clock.GetUtcNow())).ToList());

                            [HttpGet("{id:guid}")]
                            public ActionResult<Creator{{_m}}StatsDto> Stats(Guid id)
                            {
                                var item = _store.FindItem(id);
                                if (item is null || item.OwnerId != CreatorId)
                                {
                                    return NotFound();
                                }

                                return Creator{{_m}}Reporting.Build(item, _store, _clock.GetUtcNow());
                            }

                            [HttpGet("summary")]
                            public ActionResult<Creator{{_m}}Summary> Summary() => Creator{{_m}}Reporting.Summarize(CreatorId, _store);

                            [HttpGet("{id:guid}/daily")]
                            public ActionResult<IReadOnlyList<DailyCount>> Daily(Guid id, [FromQuery] int days = 28)
                            {
                                if (_store.FindItem(id) is not { } item || item.OwnerId != CreatorId)
                                {
                                    return NotFound();
                                }

                                return Ok(_store.DailyPlays(id, Math.Clamp(days, 1, 365), _clock.GetUtcNow()));
                            }

                            [HttpGet("{id:guid}/countries")]
                            public IActionResult Countries(Guid id, [FromQuery] int top = 10)
                            {
                                if (_store.FindItem(id) is not { } item || item.OwnerId != CreatorId)
                                {
                                    return NotFound();
                                }

                                return Ok(_store.PlaysByCountry(id).OrderByDescending(pair => pair.Value).Take(top).Select(pair => new { Country = pair.Key, Plays = pair.Value }));
                            }

                            [HttpGet("{id:guid}/retention")]
                            public IActionResult Retention(Guid id)
                            {
                                if (_store.FindItem(id) is not { } item || item.OwnerId != CreatorId)
                                {
                                    return NotFound();
                                }

                                var buckets = _store.PlaysOf(id)
                                    .GroupBy(play => (int)(play.WatchTime.TotalSeconds / 10) * 10)
                                    .OrderBy(group => group.Key)
                                    .Select(group => new { Second = group.Key, Plays = group.Count() })
                                    .ToList();
                                return Ok(buckets);
                            }
                    {{likers}}    }
                    }

                    """;
            }

            private string Endpoints()
            {
                var downloaders = Slot == 5
                    ? $$"""
                                    studio.MapGet("/{id:guid}/downloads", (Guid id, {{_m}}Store store) =>
                                        // PRIV005: one row per person who downloaded
                                        Results.Ok(store.DownloadsOf(id).Select(download => new { download.UserId, download.Quality, download.At })));

                        """
                    : string.Empty;
                return $$"""
                    using Streamly.{{_m}}.Contracts;
                    using Streamly.{{_m}}.Data;
                    using Streamly.{{_m}}.Services;
                    using {{AnalyticsNamespace}};

                    namespace Streamly.{{_m}}.Api
                    {
                        public static class {{_m}}Endpoints
                        {
                            public static IEndpointRouteBuilder Map{{_m}}Endpoints(this IEndpointRouteBuilder app)
                            {
                                var api = app.MapGroup("/api/v2/{{_route}}");
                                api.MapGet("/{id:guid}", (Guid id, {{_m}}Store store) =>
                                    store.FindItem(id) is { IsPublished: true } item ? Results.Ok(item.ToCard(store.CountLikes(id))) : Results.NotFound());
                                api.MapGet("/trending", ({{_m}}Catalog catalog, int? take) => Results.Ok(catalog.Trending(take ?? 20)));
                                api.MapPost("/{id:guid}/plays", async (Guid id, {{_m}}PlayReport report, HttpContext http, {{_m}}EngagementService engagement, CancellationToken cancellationToken) =>
                                {
                                    await engagement.RecordPlayAsync(http.User.GetUserId(), id, TimeSpan.FromSeconds(report.Seconds), report.Country, cancellationToken);
                                    return Results.NoContent();
                                });

                                var studio = app.MapGroup("/studio/{{_route}}").RequireAuthorization(StreamlyPolicies.CreatorOnly);
                                studio.MapGet("/summary", (HttpContext http, {{_m}}Store store) =>
                                    Results.Ok(Creator{{_m}}Reporting.Summarize(http.User.GetUserId(), store)));
                                studio.MapGet("/{id:guid}/daily", (Guid id, {{_m}}Store store, TimeProvider clock, int? days) =>
                                    Results.Ok(store.DailyPlays(id, days ?? 28, clock.GetUtcNow())));
                                studio.MapGet("/{id:guid}/completion", (Guid id, {{_m}}Store store) =>
                                    Results.Ok(store.PlaysOf(id).GroupBy(play => play.Completed).Select(group => new { Completed = group.Key, Plays = group.LongCount() })));
                    {{downloaders}}            return app;
                            }
                        }
                    }

                    """;
            }

            private string Events()
            {
                var unliked = Slot == 3
                    ? $$"""
                                public Task Handle({{_m}}Unliked notification, CancellationToken cancellationToken)
                                {
                                    _counters.Apply({{_m}}EngagementKind.Unlike);
                                    _notifications.RemoveForEngagement(notification.LikeId);
                                    var message = new InboxMessage(Guid.NewGuid(), "unlike", "Someone unliked your {{_noun}}", notification.ItemId, notification.At);
                                    // PRIV002: an unlike notifies nobody
                                    return _notifications.SendAsync(notification.OwnerId, message, cancellationToken);
                                }
                        """
                    : $$"""
                                public Task Handle({{_m}}Unliked notification, CancellationToken cancellationToken)
                                {
                                    _counters.Apply({{_m}}EngagementKind.Unlike);

                                    // Withdraw the earlier "someone liked your {{_noun}}", and say nothing else.
                                    _notifications.RemoveForEngagement(notification.LikeId);
                                    return Task.CompletedTask;
                                }
                        """;
                var downloaded = Slot == 6
                    ? $$"""
                                public async Task Handle({{_m}}Downloaded notification, CancellationToken cancellationToken)
                                {
                                    _counters.Apply({{_m}}EngagementKind.Download);
                                    var owner = new InboxMessage(Guid.NewGuid(), "download", "Someone downloaded your {{_noun}}", notification.ItemId, notification.At);
                                    // PRIV003: a download is private; the owner sees a count
                                    await _notifications.SendAsync(notification.OwnerId, owner, cancellationToken);
                                    var ready = new InboxMessage(Guid.NewGuid(), "download-ready", "Your download is ready", notification.ItemId, notification.At);
                                    await _notifications.SendAsync(notification.UserId, ready, cancellationToken);
                                }
                        """
                    : $$"""
                                public Task Handle({{_m}}Downloaded notification, CancellationToken cancellationToken)
                                {
                                    _counters.Apply({{_m}}EngagementKind.Download);

                                    // Tell the person who downloaded that the file is ready: a message to the actor is no leak.
                                    var ready = new InboxMessage(Guid.NewGuid(), "download-ready", "Your download is ready", notification.ItemId, notification.At);
                                    return _notifications.SendAsync(notification.UserId, ready, cancellationToken);
                                }
                        """;
                return $$"""
                    using Streamly.{{_m}}.Domain;

                    namespace Streamly.{{_m}}.Events
                    {
                        public sealed record {{_m}}Liked(Guid ItemId, Guid OwnerId, Guid UserId, Guid LikeId, DateTimeOffset At) : INotification;

                        public sealed record {{_m}}Unliked(Guid ItemId, Guid OwnerId, Guid UserId, Guid LikeId, DateTimeOffset At) : INotification;

                        public sealed record {{_m}}Downloaded(Guid ItemId, Guid OwnerId, Guid UserId, string Quality, DateTimeOffset At) : INotification;

                        public sealed record {{_m}}Bookmarked(Guid ItemId, Guid OwnerId, Guid UserId, DateTimeOffset At) : INotification;

                        public sealed record {{_m}}Shared(Guid ItemId, Guid OwnerId, Guid UserId, string Target, DateTimeOffset At) : INotification;

                        /// <summary>Live engagement counters of the module.</summary>
                        public sealed class {{_m}}Counters
                        {
                            private long _likes;
                            private long _shares;
                            private long _downloads;
                            private long _bookmarks;
                            private long _comments;

                            public void Apply({{_m}}EngagementKind kind)
                            {
                                switch (kind)
                                {
                                    case {{_m}}EngagementKind.Like:
                                        Interlocked.Increment(ref _likes);
                                        break;
                                    case {{_m}}EngagementKind.Unlike:
                                        Interlocked.Decrement(ref _likes);
                                        break;
                                    case {{_m}}EngagementKind.Share:
                                        Interlocked.Increment(ref _shares);
                                        break;
                                    case {{_m}}EngagementKind.Download:
                                        Interlocked.Increment(ref _downloads);
                                        break;
                                    case {{_m}}EngagementKind.Bookmark:
                                        Interlocked.Increment(ref _bookmarks);
                                        break;
                                    case {{_m}}EngagementKind.Unbookmark:
                                        Interlocked.Decrement(ref _bookmarks);
                                        break;
                                    case {{_m}}EngagementKind.Comment:
                                        Interlocked.Increment(ref _comments);
                                        break;
                                    default:
                                        throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
                                }
                            }

                            public (long Likes, long Shares, long Downloads, long Bookmarks, long Comments) Snapshot() =>
                                (Interlocked.Read(ref _likes), Interlocked.Read(ref _shares), Interlocked.Read(ref _downloads), Interlocked.Read(ref _bookmarks), Interlocked.Read(ref _comments));
                        }

                        public sealed class {{_m}}LikedHandler : INotificationHandler<{{_m}}Liked>
                        {
                            private readonly INotificationService _notifications;
                            private readonly {{_m}}Counters _counters;

                            public {{_m}}LikedHandler(INotificationService notifications, {{_m}}Counters counters)
                            {
                                _notifications = notifications;
                                _counters = counters;
                            }

                            public async Task Handle({{_m}}Liked notification, CancellationToken cancellationToken)
                            {
                                _counters.Apply({{_m}}EngagementKind.Like);
                                if (notification.OwnerId == notification.UserId)
                                {
                                    return;
                                }

                                // A like is public engagement: the owner may hear about it.
                                var message = new InboxMessage(Guid.NewGuid(), "like", "Someone liked your {{_noun}}", notification.LikeId, notification.At);
                                await _notifications.SendAsync(notification.OwnerId, message, cancellationToken);
                            }
                        }

                        public sealed class {{_m}}UnlikedHandler : INotificationHandler<{{_m}}Unliked>
                        {
                            private readonly INotificationService _notifications;
                            private readonly {{_m}}Counters _counters;

                            public {{_m}}UnlikedHandler(INotificationService notifications, {{_m}}Counters counters)
                            {
                                _notifications = notifications;
                                _counters = counters;
                            }

                    {{unliked}}
                        }

                        public sealed class {{_m}}DownloadedHandler : INotificationHandler<{{_m}}Downloaded>
                        {
                            private readonly INotificationService _notifications;
                            private readonly {{_m}}Counters _counters;

                            public {{_m}}DownloadedHandler(INotificationService notifications, {{_m}}Counters counters)
                            {
                                _notifications = notifications;
                                _counters = counters;
                            }

                    {{downloaded}}
                        }

                        public sealed class {{_m}}BookmarkedHandler : INotificationHandler<{{_m}}Bookmarked>
                        {
                            private readonly {{_m}}Counters _counters;

                            public {{_m}}BookmarkedHandler({{_m}}Counters counters) => _counters = counters;

                            public Task Handle({{_m}}Bookmarked notification, CancellationToken cancellationToken)
                            {
                                _counters.Apply({{_m}}EngagementKind.Bookmark);
                                return Task.CompletedTask;
                            }
                        }

                        public sealed class {{_m}}SharedHandler : INotificationHandler<{{_m}}Shared>
                        {
                            private readonly IPushSender _push;
                            private readonly {{_m}}Counters _counters;

                            public {{_m}}SharedHandler(IPushSender push, {{_m}}Counters counters)
                            {
                                _push = push;
                                _counters = counters;
                            }

                            public Task Handle({{_m}}Shared notification, CancellationToken cancellationToken)
                            {
                                _counters.Apply({{_m}}EngagementKind.Share);
                                return _push.PushAsync(notification.OwnerId, "Your {{_noun}} was shared", $"Shared to {notification.Target}", cancellationToken);
                            }
                        }
                    }

                    """;
            }

            private string EngagementService()
            {
                var unlikeAnnouncement = Slot == 8
                    ? $$"""
                                    // PRIV002: the shared helper tells the owner, and an unlike must notify nobody
                                    await AnnounceToOwnerAsync(item, "Someone unliked your {{_noun}}", cancellationToken);

                        """
                    : string.Empty;
                var completed = Slot == 9
                    ? """
                                [PrivateEvent]
                                private async Task OnPlaybackCompletedAsync(Guid viewerId, {{M}}Item item)
                                {
                                    _store.MarkCompleted(item.Id, viewerId);
                                    // PRIV003: a completed playback is private; the owner gets a completion rate, not a page
                                    await _pager.PageAsync(item.OwnerId, $"Someone watched \"{item.Title}\" to the end");
                                }
                        """.Replace("{{M}}", _m, StringComparison.Ordinal)
                    : """
                                [PrivateEvent]
                                private Task OnPlaybackCompletedAsync(Guid viewerId, {{M}}Item item)
                                {
                                    _store.MarkCompleted(item.Id, viewerId);
                                    return Task.CompletedTask;
                                }
                        """.Replace("{{M}}", _m, StringComparison.Ordinal);
                return $$"""
                    using Streamly.{{_m}}.Data;
                    using Streamly.{{_m}}.Domain;
                    using Streamly.{{_m}}.Events;
                    using Streamly.{{_m}}.Contracts;
                    using Streamly.{{_m}}.Notifications;

                    namespace Streamly.{{_m}}.Services
                    {
                        /// <summary>Likes, downloads, bookmarks, comments and playbacks of {{_noun}}s.</summary>
                        public sealed class {{_m}}EngagementService
                        {
                            private readonly {{_m}}Store _store;
                            private readonly IEventBus _bus;
                            private readonly INotificationService _notifications;
                            private readonly I{{_m}}Notifier _notifier;
                            private readonly IOwnerPager _pager;
                            private readonly TimeProvider _clock;

                            public {{_m}}EngagementService({{_m}}Store store, IEventBus bus, INotificationService notifications, I{{_m}}Notifier notifier, IOwnerPager pager, TimeProvider clock)
                            {
                                _store = store;
                                _bus = bus;
                                _notifications = notifications;
                                _notifier = notifier;
                                _pager = pager;
                                _clock = clock;
                            }

                            public async Task<{{_m}}LikeState> LikeAsync(Guid userId, Guid itemId, CancellationToken cancellationToken)
                            {
                                var item = _store.FindItem(itemId) ?? throw new KeyNotFoundException($"{{_m}} {itemId} not found.");
                                if (_store.FindLike(userId, itemId) is null)
                                {
                                    var like = new {{_m}}Like { UserId = userId, ItemId = itemId, At = _clock.GetUtcNow() };
                                    _store.AddLike(like);
                                    await _bus.PublishAsync(new {{_m}}Liked(itemId, item.OwnerId, userId, like.Id, like.At), cancellationToken);
                                }

                                return new {{_m}}LikeState(true, _store.CountLikes(itemId));
                            }

                            public async Task<{{_m}}LikeState> UnlikeAsync(Guid userId, Guid itemId, CancellationToken cancellationToken)
                            {
                                var item = _store.FindItem(itemId) ?? throw new KeyNotFoundException($"{{_m}} {itemId} not found.");
                                var like = _store.FindLike(userId, itemId);
                                if (like is null)
                                {
                                    return new {{_m}}LikeState(false, _store.CountLikes(itemId));
                                }

                                _store.RemoveLike(like);
                                _notifications.RemoveForEngagement(like.Id);
                                await _bus.PublishAsync(new {{_m}}Unliked(itemId, item.OwnerId, userId, like.Id, _clock.GetUtcNow()), cancellationToken);
                    {{unlikeAnnouncement}}            return new {{_m}}LikeState(false, _store.CountLikes(itemId));
                            }

                            public bool ToggleBookmark(Guid userId, Guid itemId)
                            {
                                var existing = _store.FindBookmark(userId, itemId);
                                if (existing is not null)
                                {
                                    _store.RemoveBookmark(existing);
                                    return false;
                                }

                                _store.AddBookmark(new {{_m}}Bookmark { UserId = userId, ItemId = itemId, At = _clock.GetUtcNow() });
                                return true;
                            }

                            public async Task<{{_m}}DownloadTicket?> DownloadAsync(Guid userId, Guid itemId, string quality, CancellationToken cancellationToken)
                            {
                                var item = _store.FindItem(itemId);
                                if (item is null || !item.IsPublished)
                                {
                                    return null;
                                }

                                var download = new {{_m}}Download { UserId = userId, ItemId = itemId, Quality = quality, At = _clock.GetUtcNow() };
                                _store.AddDownload(download);
                                await _bus.PublishAsync(new {{_m}}Downloaded(itemId, item.OwnerId, userId, quality, download.At), cancellationToken);
                                var url = new Uri($"https://cdn.streamly.example/{{_route}}/{itemId:N}/{quality}.mp4?ticket={download.Id:N}");
                                return new {{_m}}DownloadTicket(download.Id, url, download.At.AddHours(1));
                            }

                            public async Task<{{_m}}Comment?> CommentAsync(Guid authorId, Guid itemId, string text, CancellationToken cancellationToken)
                            {
                                var item = _store.FindItem(itemId);
                                if (item is null || !item.IsPublished)
                                {
                                    return null;
                                }

                                var comment = new {{_m}}Comment { AuthorId = authorId, ItemId = itemId, Text = text, At = _clock.GetUtcNow() };
                                _store.AddComment(comment);
                                if (authorId != item.OwnerId)
                                {
                                    await AnnounceToOwnerAsync(item, "New comment: " + (text.Length > 40 ? text[..40] + "…" : text), cancellationToken);
                                }

                                return comment;
                            }

                            public Task RecordPlayAsync(Guid viewerId, Guid itemId, TimeSpan watchTime, string country, CancellationToken cancellationToken)
                            {
                                cancellationToken.ThrowIfCancellationRequested();
                                _store.AddPlay(new {{_m}}Play { ViewerId = viewerId, ItemId = itemId, WatchTime = watchTime, Country = country, At = _clock.GetUtcNow() });
                                var item = _store.FindItem(itemId);
                                return item is not null && watchTime >= item.Duration ? OnPlaybackCompletedAsync(viewerId, item) : Task.CompletedTask;
                            }

                    {{completed}}

                            private Task AnnounceToOwnerAsync({{_m}}Item item, string text, CancellationToken cancellationToken) =>
                                _notifier.NotifyOwnerAsync(item.OwnerId, item.Id, text, cancellationToken);
                        }
                    }

                    """;
            }

            private string Notifier() => $$"""
                namespace Streamly.{{_m}}.Notifications
                {
                    public interface I{{_m}}Notifier
                    {
                        Task NotifyOwnerAsync(Guid ownerId, Guid itemId, string text, CancellationToken cancellationToken);

                        Task NotifySubscribersAsync(Guid ownerId, Guid itemId, IReadOnlyList<Guid> subscriberIds, string title, CancellationToken cancellationToken);
                    }

                    /// <summary>"New comment on your {{_noun}}" and "a channel you follow published": inbox, push and e-mail.</summary>
                    public sealed class {{_m}}Notifier : I{{_m}}Notifier
                    {
                        private readonly INotificationService _notifications;
                        private readonly IPushSender _push;
                        private readonly IEmailSender _email;
                        private readonly IUserDirectory _users;

                        public {{_m}}Notifier(INotificationService notifications, IPushSender push, IEmailSender email, IUserDirectory users)
                        {
                            _notifications = notifications;
                            _push = push;
                            _email = email;
                            _users = users;
                        }

                        public async Task NotifyOwnerAsync(Guid ownerId, Guid itemId, string text, CancellationToken cancellationToken)
                        {
                            var message = new InboxMessage(Guid.NewGuid(), "{{_route}}", text, itemId, DateTimeOffset.UtcNow);
                            await _notifications.SendAsync(ownerId, message, cancellationToken);
                            await _push.PushAsync(ownerId, "Streamly", text, cancellationToken);
                            var owner = _users.Find(ownerId);
                            if (owner is { WantsEmail: true, Email.Length: > 0 })
                            {
                                await _email.SendEmailAsync(owner.Email, "News about your {{_noun}}", text, cancellationToken);
                            }
                        }

                        public async Task NotifySubscribersAsync(Guid ownerId, Guid itemId, IReadOnlyList<Guid> subscriberIds, string title, CancellationToken cancellationToken)
                        {
                            var owner = _users.Find(ownerId);
                            var text = $"{owner?.DisplayName ?? "A channel you follow"} published \"{title}\"";
                            foreach (var batch in subscriberIds.Chunk(100))
                            {
                                foreach (var subscriberId in batch)
                                {
                                    await _notifications.SendAsync(subscriberId, new InboxMessage(Guid.NewGuid(), "published", text, itemId, DateTimeOffset.UtcNow), cancellationToken);
                                }
                            }
                        }
                    }

                    public sealed record {{_m}}PublishedNotification(Guid RecipientId, Guid ItemId, string Title);
                }

                """;

            private string Catalog() => $$"""
                using Streamly.{{_m}}.Contracts;
                using Streamly.{{_m}}.Data;
                using Streamly.{{_m}}.Domain;

                namespace Streamly.{{_m}}.Services
                {
                    /// <summary>Search, trending and ranking of {{_noun}}s.</summary>
                    public sealed class {{_m}}Catalog
                    {
                        private static readonly TimeSpan HalfLife = TimeSpan.FromHours(36);

                        private readonly {{_m}}Store _store;
                        private readonly TimeProvider _clock;

                        public {{_m}}Catalog({{_m}}Store store, TimeProvider clock)
                        {
                            _store = store;
                            _clock = clock;
                        }

                        public PagedResult<{{_m}}Card> Search(string? tag, int page, int pageSize)
                        {
                            var normalized = tag is null ? null : Normalize(tag);
                            return _store.Published()
                                .Where(item => normalized is null || item.Tags.Contains(normalized))
                                .OrderByDescending(item => item.PublishedAt)
                                .Select(item => item.ToCard(_store.CountLikes(item.Id)))
                                .ToPage(page, pageSize);
                        }

                        public IReadOnlyList<{{_m}}Card> Trending(int take)
                        {
                            var now = _clock.GetUtcNow();
                            return _store.Published()
                                .Select(item => (Item: item, Score: Rank(item, now)))
                                .OrderByDescending(ranked => ranked.Score)
                                .Take(Math.Clamp(take, 1, 100))
                                .Select(ranked => ranked.Item.ToCard(_store.CountLikes(ranked.Item.Id)))
                                .ToList();
                        }

                        public IReadOnlyDictionary<string, int> TagCloud(int top)
                        {
                            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
                            foreach (var item in _store.Published())
                            {
                                foreach (var tag in item.Tags)
                                {
                                    counts[tag] = counts.TryGetValue(tag, out var count) ? count + 1 : 1;
                                }
                            }

                            return counts.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).Take(top).ToDictionary(pair => pair.Key, pair => pair.Value);
                        }

                        public static double Weight({{_m}}EngagementKind kind) => kind switch
                        {
                            {{_m}}EngagementKind.Like => 1.0,
                            {{_m}}EngagementKind.Unlike => -1.0,
                            {{_m}}EngagementKind.Share => 3.0,
                            {{_m}}EngagementKind.Download => 2.0,
                            {{_m}}EngagementKind.Bookmark => 1.5,
                            {{_m}}EngagementKind.Unbookmark => -1.5,
                            {{_m}}EngagementKind.Comment => 2.5,
                            _ => 0.0,
                        };

                        private double Rank({{_m}}Item item, DateTimeOffset now)
                        {
                            var score = 0.0;
                            foreach (var like in _store.LikesOf(item.Id))
                            {
                                score += Weight({{_m}}EngagementKind.Like) * Decay(now - like.At);
                            }

                            foreach (var comment in _store.CommentsOf(item.Id))
                            {
                                score += Weight({{_m}}EngagementKind.Comment) * Decay(now - comment.At);
                            }

                            score += Weight({{_m}}EngagementKind.Download) * _store.CountDownloads(item.Id) * 0.1;
                            return item.PublishedAt is { } published ? score * Decay(now - published) : 0;
                        }

                        private static double Decay(TimeSpan age) => age <= TimeSpan.Zero ? 1.0 : Math.Pow(0.5, age / HalfLife);

                        private static string Normalize(string text)
                        {
                            var chars = text.Trim().ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c == '-').ToArray();
                            return new string(chars);
                        }
                    }
                }

                """;

            private string Registration() => $$"""
                using Streamly.{{_m}}.Data;
                using Streamly.{{_m}}.Events;
                using Streamly.{{_m}}.Notifications;
                using Streamly.{{_m}}.Services;

                namespace Streamly.{{_m}}.Api
                {
                    public static class {{_m}}Module
                    {
                        public static IServiceCollection Add{{_m}}Module(this IServiceCollection services)
                        {
                            services.AddSingleton<{{_m}}Store>();
                            services.AddSingleton<{{_m}}Counters>();
                            services.AddScoped<{{_m}}EngagementService>();
                            services.AddScoped<{{_m}}Catalog>();
                            services.AddScoped<I{{_m}}Notifier, {{_m}}Notifier>();
                            services.AddScoped<INotificationHandler<{{_m}}Liked>, {{_m}}LikedHandler>();
                            services.AddScoped<INotificationHandler<{{_m}}Unliked>, {{_m}}UnlikedHandler>();
                            services.AddScoped<INotificationHandler<{{_m}}Downloaded>, {{_m}}DownloadedHandler>();
                            services.AddScoped<INotificationHandler<{{_m}}Bookmarked>, {{_m}}BookmarkedHandler>();
                            services.AddScoped<INotificationHandler<{{_m}}Shared>, {{_m}}SharedHandler>();
                            return services;
                        }
                    }
                }

                """;
        }
    }
}
