namespace FixShapes.Contracts
{
    /// <summary>Filled with an object initializer and assignment statements; its ids are counted elsewhere.</summary>
    public class CreatorVideoStatsDto
    {
        public Guid VideoId { get; init; }

        public int Views { get; init; }

        // PRIV001: who viewed the video.
        public IReadOnlyList<Guid> ViewerIds { get; set; } = Array.Empty<Guid>();

        // PRIV001: who saved it, as an array.
        public Guid[] SaverIds { get; set; } = Array.Empty<Guid>();
    }

    /// <summary>A positional record: built by position, by name, target-typed, with null, and copied with `with`.</summary>
    // PRIV001: who liked, in a positional record.
    public record CreatorPostInsightsDto(Guid PostId, int LikeCount, IReadOnlyList<string> LikedByUserIds);

    /// <summary>A precise location in a creator-facing row: removed, with what writes it.</summary>
    public class CreatorLiveAudienceReport
    {
        public int Watching { get; init; }

        // PRIV004: where the last viewer is.
        public double LastViewerLatitude { get; init; }
    }
}
