using Clipstream.Analytics;
using Clipstream.Common;
using Clipstream.Data;
using Clipstream.Domain;
using Clipstream.Studio;

namespace Clipstream.Services;

/// <summary>
/// Builds everything a creator sees about their own channel. The compliant reports carry counts and coarse
/// dimensions; the "legacy" ones carry the deliberate PRIV001 violations of this sample and are only ever
/// written here (object initializers, constructor arguments, one assignment), never read.
/// </summary>
public sealed class CreatorAnalyticsService
{
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);

    private readonly InMemoryStore _store;

    public CreatorAnalyticsService(InMemoryStore store) => _store = store;

    public IReadOnlyList<CreatorVideoStatsDto> GetVideoStats(Guid creatorId) =>
        _store.VideosOf(creatorId).Select(BuildStats).ToList();

    public CreatorVideoStatsDto? GetVideoStats(Guid creatorId, Guid videoId) =>
        OwnVideo(creatorId, videoId) is { } video ? BuildStats(video) : null;

    public CreatorVideoActivityDto? GetVideoActivity(Guid creatorId, Guid videoId)
    {
        if (OwnVideo(creatorId, videoId) is not { } video)
        {
            return null;
        }

        return new CreatorVideoActivityDto
        {
            VideoId = video.Id,
            Title = video.Title,
            Saves = _store.SavesOf(video.Id).Select(s => (UserId: s.UserId, At: s.SavedAt)).ToList(),
        };
    }

    public VideoReachReport? GetReach(Guid creatorId, Guid videoId)
    {
        if (OwnVideo(creatorId, videoId) is not { } video)
        {
            return null;
        }

        var views = _store.ViewsOf(new[] { video.Id });
        return new VideoReachReport
        {
            VideoId = video.Id,
            TotalViews = views.Count,
            UniqueViewers = CountUniqueViewers(views),
            CompletionRate = CompletionRate(views),
            AverageWatchTime = AverageWatchTime(views),
            ViewsByCountry = ViewsByCountry(views),
        };
    }

    public VideoAudienceReport? GetAudience(Guid creatorId, Guid videoId)
    {
        if (OwnVideo(creatorId, videoId) is not { } video)
        {
            return null;
        }

        var views = _store.ViewsOf(new[] { video.Id });
        return new VideoAudienceReport
        {
            VideoId = video.Id,
            TotalViews = views.Count,
            UniqueViewers = CountUniqueViewers(views),
            ViewerIds = views.Where(v => v.ViewerId.HasValue).Select(v => v.ViewerId!.Value).Distinct().ToList(),
        };
    }

    public CreatorOverviewResponse? GetOverview(Guid creatorId)
    {
        if (_store.FindUser(creatorId) is not { } creator)
        {
            return null;
        }

        var videoIds = VideoIdsOf(creatorId);
        return new CreatorOverviewResponse
        {
            CreatorId = creator.Id,
            Handle = creator.Handle,
            Email = creator.Email ?? string.Empty,
            Followers = CountFollowers(creatorId),
            TotalViews = _store.ViewsOf(videoIds).Count,
            DownloadCount = _store.DownloadsOf(videoIds).Count,
            TopVideoIds = TopVideoIds(videoIds),
        };
    }

    public CreatorDashboardResponse? GetDashboard(Guid creatorId)
    {
        if (_store.FindUser(creatorId) is not { } creator)
        {
            return null;
        }

        var videoIds = VideoIdsOf(creatorId);
        return new CreatorDashboardResponse
        {
            CreatorId = creator.Id,
            Handle = creator.Handle,
            Email = creator.Email ?? string.Empty,
            Followers = CountFollowers(creatorId),
            TopVideoIds = TopVideoIds(videoIds),
            Downloads = _store.DownloadsOf(videoIds),
        };
    }

    public CreatorWeeklySummary GetWeeklySummary(Guid creatorId)
    {
        var since = DateTimeOffset.UtcNow - Week;
        var views = _store.ViewsOf(VideoIdsOf(creatorId)).Where(v => v.ViewedAt >= since).ToList();
        var newFollowers = _store.FollowsOf(creatorId).Count(f => f.FollowedAt >= since && f.EndedAt is null);
        return new CreatorWeeklySummary(creatorId, views.Count, newFollowers, CompletionRate(views));
    }

    public CreatorWeeklyDigest GetWeeklyDigest(Guid creatorId)
    {
        var since = DateTimeOffset.UtcNow - Week;
        var views = _store.ViewsOf(VideoIdsOf(creatorId)).Count(v => v.ViewedAt >= since);
        var followerEmails = _store.FollowsOf(creatorId)
            .Where(f => f.EndedAt is null)
            .Select(f => _store.FindUser(f.FollowerId)?.Email)
            .OfType<string>()
            .ToList();
        return new CreatorWeeklyDigest(creatorId, views, SubscriberEmails: followerEmails);
    }

    public CreatorViewTrendInsights? GetViewTrend(Guid creatorId, Guid videoId, int page, int pageSize)
    {
        if (OwnVideo(creatorId, videoId) is not { } video)
        {
            return null;
        }

        var days = _store.ViewsOf(new[] { video.Id })
            .GroupBy(v => DateOnly.FromDateTime(v.ViewedAt.UtcDateTime))
            .OrderByDescending(g => g.Key)
            .Select(g => new DailyViews(g.Key, g.Count(), CountUniqueViewers(g)));
        return new CreatorViewTrendInsights { VideoId = video.Id, Days = PagedResult<DailyViews>.From(days, page, pageSize) };
    }

    public CreatorVideoInsights? GetInsights(Guid creatorId, Guid videoId, int page, int pageSize)
    {
        if (OwnVideo(creatorId, videoId) is not { } video)
        {
            return null;
        }

        var views = _store.ViewsOf(new[] { video.Id });
        var recent = views
            .Where(v => v.ViewerId.HasValue)
            .OrderByDescending(v => v.ViewedAt)
            .Select(v => (View: v, Viewer: _store.FindUser(v.ViewerId!.Value)))
            .Where(x => x.Viewer is not null)
            .Select(x => new RecentViewer { ViewerId = x.Viewer!.Id, Handle = x.Viewer.Handle, ViewedAt = x.View.ViewedAt });
        return new CreatorVideoInsights
        {
            VideoId = video.Id,
            Views = views.Count,
            CompletionRate = CompletionRate(views),
            RecentViewers = PagedResult<RecentViewer>.From(recent, page, pageSize),
        };
    }

    public CreatorEngagementSummary GetEngagementSummary(Guid creatorId)
    {
        var videoIds = VideoIdsOf(creatorId);
        var likes = _store.LikesOf(videoIds);
        return new CreatorEngagementSummary
        {
            CreatorId = creatorId,
            Likes = likes.Count,
            Unlikes = _store.LikeRemovalsOf(videoIds).Count,
            TopFanLikes = likes.GroupBy(l => l.UserId).Select(g => g.Count()).DefaultIfEmpty(0).Max(),
            FirstLikeAt = likes.Count == 0 ? null : likes.Min(l => l.LikedAt),
        };
    }

    public CreatorEngagementReport GetEngagementReport(Guid creatorId)
    {
        var videoIds = VideoIdsOf(creatorId);
        var likes = _store.LikesOf(videoIds);
        var removals = _store.LikeRemovalsOf(videoIds);
        var topFanId = likes.GroupBy(l => l.UserId).OrderByDescending(g => g.Count()).Select(g => (Guid?)g.Key).FirstOrDefault();
        var lastUnlike = removals.OrderByDescending(r => r.RemovedAt).FirstOrDefault();
        return new CreatorEngagementReport
        {
            CreatorId = creatorId,
            Likes = likes.Count,
            Unlikes = removals.Count,
            TopFanUserId = topFanId is { } id ? _store.FindUser(id)?.Uid ?? 0 : 0,
            LastUnliker = lastUnlike is null ? null : _store.FindUser(lastUnlike.UserId),
        };
    }

    public CreatorMilestoneSummary? GetMilestones(Guid creatorId, Guid videoId)
    {
        if (OwnVideo(creatorId, videoId) is not { } video)
        {
            return null;
        }

        var firstLike = _store.LikesOf(new[] { video.Id }).OrderBy(l => l.LikedAt).FirstOrDefault();
        return new CreatorMilestoneSummary
        {
            VideoId = video.Id,
            FirstLikeAt = firstLike?.LikedAt,
            FirstLiker = firstLike is null ? null : _store.FindUser(firstLike.UserId)?.Handle,
        };
    }

    public CreatorRetentionStats? GetRetention(Guid creatorId, Guid videoId)
    {
        if (OwnVideo(creatorId, videoId) is not { } video)
        {
            return null;
        }

        var views = _store.ViewsOf(new[] { video.Id });
        var curve = new Dictionary<int, int>();
        for (var second = 0; second <= (int)video.Duration.TotalSeconds; second += 5)
        {
            curve[second] = views.Count(v => v.WatchTime.TotalSeconds >= second);
        }

        return new CreatorRetentionStats
        {
            VideoId = video.Id,
            AverageWatchTime = AverageWatchTime(views),
            CompletionRate = CompletionRate(views),
            ViewersRemainingBySecond = curve,
        };
    }

    public CreatorRetentionAnalytics? GetRetentionByViewer(Guid creatorId, Guid videoId)
    {
        if (OwnVideo(creatorId, videoId) is not { } video)
        {
            return null;
        }

        var views = _store.ViewsOf(new[] { video.Id });
        return new CreatorRetentionAnalytics
        {
            VideoId = video.Id,
            AverageWatchTime = AverageWatchTime(views),
            WatchSecondsByViewerId = views
                .Where(v => v.ViewerId.HasValue)
                .GroupBy(v => v.ViewerId!.Value)
                .ToDictionary(g => g.Key, g => (int)g.Sum(v => v.WatchTime.TotalSeconds)),
        };
    }

    public AudienceGrowth GetAudienceGrowth(Guid creatorId)
    {
        var since = DateTimeOffset.UtcNow - Week;
        var follows = _store.FollowsOf(creatorId);
        return new AudienceGrowth
        {
            CreatorId = creatorId,
            Followers = follows.Count(f => f.EndedAt is null),
            NewFollowers = follows.Count(f => f.FollowedAt >= since && f.EndedAt is null),
            Unfollows = follows.Count(f => f.EndedAt >= since),
        };
    }

    public AudienceSnapshot GetAudienceSnapshot(Guid creatorId, int newest)
    {
        var active = _store.FollowsOf(creatorId).Where(f => f.EndedAt is null).ToList();
        var snapshot = new AudienceSnapshot { CreatorId = creatorId, Followers = active.Count };
        if (newest > 0)
        {
            var handles = active
                .OrderByDescending(f => f.FollowedAt)
                .Take(newest)
                .Select(f => _store.FindUser(f.FollowerId)?.Handle)
                .OfType<string>()
                .ToList();
            snapshot.NewFollowerHandles = handles;
        }

        return snapshot;
    }

    private Video? OwnVideo(Guid creatorId, Guid videoId) =>
        _store.FindVideo(videoId) is { } video && video.CreatorId == creatorId ? video : null;

    private List<Guid> VideoIdsOf(Guid creatorId) => _store.VideosOf(creatorId).Select(v => v.Id).ToList();

    private long CountFollowers(Guid creatorId) => _store.FollowsOf(creatorId).Count(f => f.EndedAt is null);

    private List<Guid> TopVideoIds(IReadOnlyCollection<Guid> videoIds) =>
        _store.ViewsOf(videoIds).GroupBy(v => v.VideoId).OrderByDescending(g => g.Count()).Take(3).Select(g => g.Key).ToList();

    private CreatorVideoStatsDto BuildStats(Video video)
    {
        var ids = new[] { video.Id };
        var views = _store.ViewsOf(ids);
        var downloads = _store.DownloadsOf(ids);
        return new CreatorVideoStatsDto
        {
            VideoId = video.Id,
            Title = video.Title,
            Views = views.Count,
            UniqueViewers = CountUniqueViewers(views),
            Likes = _store.CountLikes(video.Id),
            DownloadCount = downloads.Count,
            DownloaderCount = downloads.Select(d => d.UserId).Distinct().Count(),
            SaveCount = _store.SavesOf(video.Id).Count,
            CompletionRate = CompletionRate(views),
            AverageWatchTime = AverageWatchTime(views),
            ViewsByCountry = ViewsByCountry(views),
        };
    }

    private static int CountUniqueViewers(IEnumerable<VideoView> views) =>
        views.Select(v => v.ViewerId).Where(id => id.HasValue).Distinct().Count();

    private static double CompletionRate(IReadOnlyCollection<VideoView> views) =>
        views.Count == 0 ? 0 : Math.Round((double)views.Count(v => v.Completed) / views.Count, 3);

    private static TimeSpan AverageWatchTime(IReadOnlyCollection<VideoView> views) =>
        views.Count == 0 ? TimeSpan.Zero : TimeSpan.FromTicks((long)views.Average(v => v.WatchTime.Ticks));

    private static Dictionary<string, int> ViewsByCountry(IEnumerable<VideoView> views) =>
        views.GroupBy(v => v.Country).ToDictionary(g => g.Key, g => g.Count());
}
