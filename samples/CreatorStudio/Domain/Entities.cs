using Microsoft.AspNetCore.Identity;

namespace Clipstream.Domain;

/// <summary>
/// An account on the platform. A user entity for the privacy model (it derives from IdentityUser and is named
/// ApplicationUser), which is fine here: this type is never shown to creators as-is.
/// </summary>
public sealed class ApplicationUser : IdentityUser<Guid>
{
    /// <summary>The public numeric uid shown in profile links (clipstream.example/u/1000042).</summary>
    public long Uid { get; set; }

    /// <summary>The public @handle.</summary>
    public string Handle { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    /// <summary>Creators get the "Creator" role and the studio endpoints.</summary>
    public bool IsCreator { get; set; }
}

public sealed class Video
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid CreatorId { get; init; }

    public string Title { get; set; } = string.Empty;

    public TimeSpan Duration { get; init; }

    public DateTimeOffset PublishedAt { get; init; } = DateTimeOffset.UtcNow;
}

/// <summary>One person's like of one video. An entity, not creator-facing: it may say who.</summary>
public sealed class Like
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid UserId { get; init; }

    public Guid VideoId { get; init; }

    public DateTimeOffset LikedAt { get; init; } = DateTimeOffset.UtcNow;
}

/// <summary>An audit entry for a withdrawn like; only ever counted ("Unlikes") for creators.</summary>
public sealed class LikeRemoval
{
    public Guid UserId { get; init; }

    public Guid VideoId { get; init; }

    public DateTimeOffset RemovedAt { get; init; } = DateTimeOffset.UtcNow;
}

public sealed class Follow
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid FollowerId { get; init; }

    public Guid CreatorId { get; init; }

    public DateTimeOffset FollowedAt { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>Set when the follow is withdrawn; kept so creators can see an "Unfollows" count.</summary>
    public DateTimeOffset? EndedAt { get; set; }
}

/// <summary>A video saved to someone's private collection.</summary>
public sealed class SavedVideo
{
    public Guid UserId { get; init; }

    public Guid VideoId { get; init; }

    public DateTimeOffset SavedAt { get; init; } = DateTimeOffset.UtcNow;
}

/// <summary>One playback. Anonymous playbacks have no viewer.</summary>
public sealed class VideoView
{
    public Guid VideoId { get; init; }

    public Guid? ViewerId { get; init; }

    public TimeSpan WatchTime { get; init; }

    public bool Completed { get; init; }

    /// <summary>Coarse location only: an ISO country code.</summary>
    public string Country { get; init; } = "ZZ";

    public DateTimeOffset ViewedAt { get; init; } = DateTimeOffset.UtcNow;
}

public enum DownloadStatus
{
    Preparing,
    Ready,
}

/// <summary>A download of a video (watermarked copy) requested by one user.</summary>
public sealed class DownloadRecord
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid VideoId { get; init; }

    public Guid UserId { get; init; }

    public DateTimeOffset RequestedAt { get; init; } = DateTimeOffset.UtcNow;

    public DownloadStatus Status { get; set; } = DownloadStatus.Preparing;

    public string? FileUrl { get; set; }
}
