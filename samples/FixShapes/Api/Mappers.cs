using FixShapes.Contracts;

namespace FixShapes.Api
{
    public sealed record Like(Guid PostId, string UserId);

    public sealed record View(Guid VideoId, Guid ViewerId);

    public static class StatsMapper
    {
        public static CreatorVideoStatsDto ToStats(Guid videoId, List<View> views, Guid[] savers) => new()
        {
            VideoId = videoId,
            Views = views.Count,
            ViewerIds = views.Select(v => v.ViewerId).Distinct().ToList(),
            SaverIds = savers,
        };

        public static CreatorVideoStatsDto Refresh(CreatorVideoStatsDto stats, IEnumerable<Guid> viewers)
        {
            stats.ViewerIds = viewers.ToList();
            return stats;
        }

        public static string Describe(CreatorVideoStatsDto stats) =>
            $"{stats.ViewerIds.Count} viewers, {stats.SaverIds.Length} saves";
    }

    public static class InsightsMapper
    {
        public static CreatorPostInsightsDto ByPosition(Guid postId, List<Like> likes) =>
            new CreatorPostInsightsDto(postId, likes.Count, likes.Select(l => l.UserId).ToList());

        public static CreatorPostInsightsDto TargetTyped(Guid postId, string[] likers) => new(postId, likers.Length, likers);

        public static CreatorPostInsightsDto ByName(Guid postId, List<string> likers) =>
            new(postId, LikeCount: likers.Count, LikedByUserIds: likers);

        public static CreatorPostInsightsDto Empty(Guid postId) => new(postId, 0, null!);

        public static CreatorPostInsightsDto[] Page(Guid postId, string[] likers) =>
            new CreatorPostInsightsDto[] { new(postId, likers.Length, likers) };

        public static CreatorPostInsightsDto WithLikers(CreatorPostInsightsDto insights, List<string> likers) =>
            insights with { LikedByUserIds = likers };
    }

    public static class LiveMapper
    {
        public static CreatorLiveAudienceReport Report(int watching, double latitude) => new()
        {
            Watching = watching,
            LastViewerLatitude = latitude,
        };
    }
}
