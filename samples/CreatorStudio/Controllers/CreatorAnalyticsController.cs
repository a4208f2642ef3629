using Clipstream.Analytics;
using Clipstream.Security;
using Clipstream.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Clipstream.Controllers;

/// <summary>
/// The creator's analytics, for their own channel only. Every payload is a creator-facing type, so PRIV001
/// checks it where it is declared. The "legacy" routes return the deliberately leaking reports of the sample.
/// </summary>
[ApiController]
[Authorize(Policy = Policies.CreatorOnly)]
[Route("api/creator/analytics")]
public sealed class CreatorAnalyticsController : ControllerBase
{
    private readonly CreatorAnalyticsService _analytics;

    public CreatorAnalyticsController(CreatorAnalyticsService analytics) => _analytics = analytics;

    private Guid CreatorId => User.GetUserId();

    [HttpGet("overview")]
    public ActionResult<CreatorOverviewResponse> Overview() => OkOrNotFound(_analytics.GetOverview(CreatorId));

    [HttpGet("videos")]
    public ActionResult<IReadOnlyList<CreatorVideoStatsDto>> Videos() => Ok(_analytics.GetVideoStats(CreatorId));

    [HttpGet("videos/{videoId:guid}")]
    public ActionResult<CreatorVideoStatsDto> Video(Guid videoId) => OkOrNotFound(_analytics.GetVideoStats(CreatorId, videoId));

    [HttpGet("videos/{videoId:guid}/reach")]
    public ActionResult<VideoReachReport> Reach(Guid videoId) => OkOrNotFound(_analytics.GetReach(CreatorId, videoId));

    [HttpGet("videos/{videoId:guid}/trend")]
    public ActionResult<CreatorViewTrendInsights> Trend(Guid videoId, int page = 1, int pageSize = 14) =>
        OkOrNotFound(_analytics.GetViewTrend(CreatorId, videoId, page, pageSize));

    [HttpGet("videos/{videoId:guid}/retention")]
    public ActionResult<CreatorRetentionStats> Retention(Guid videoId) => OkOrNotFound(_analytics.GetRetention(CreatorId, videoId));

    [HttpGet("engagement")]
    public ActionResult<CreatorEngagementSummary> Engagement() => Ok(_analytics.GetEngagementSummary(CreatorId));

    // Legacy routes: each returns a report with a deliberate PRIV001 violation (see the warnings of the build).

    [HttpGet("legacy/dashboard")]
    public ActionResult<CreatorDashboardResponse> LegacyDashboard() => OkOrNotFound(_analytics.GetDashboard(CreatorId));

    [HttpGet("legacy/videos/{videoId:guid}/activity")]
    public ActionResult<CreatorVideoActivityDto> LegacyActivity(Guid videoId) => OkOrNotFound(_analytics.GetVideoActivity(CreatorId, videoId));

    [HttpGet("legacy/videos/{videoId:guid}/audience")]
    public ActionResult<VideoAudienceReport> LegacyAudience(Guid videoId) => OkOrNotFound(_analytics.GetAudience(CreatorId, videoId));

    [HttpGet("legacy/videos/{videoId:guid}/insights")]
    public ActionResult<CreatorVideoInsights> LegacyInsights(Guid videoId, int page = 1, int pageSize = 20) =>
        OkOrNotFound(_analytics.GetInsights(CreatorId, videoId, page, pageSize));

    [HttpGet("legacy/videos/{videoId:guid}/retention")]
    public ActionResult<CreatorRetentionAnalytics> LegacyRetention(Guid videoId) =>
        OkOrNotFound(_analytics.GetRetentionByViewer(CreatorId, videoId));

    [HttpGet("legacy/videos/{videoId:guid}/milestones")]
    public ActionResult<CreatorMilestoneSummary> LegacyMilestones(Guid videoId) => OkOrNotFound(_analytics.GetMilestones(CreatorId, videoId));

    [HttpGet("legacy/engagement")]
    public ActionResult<CreatorEngagementReport> LegacyEngagement() => Ok(_analytics.GetEngagementReport(CreatorId));

    private ActionResult<T> OkOrNotFound<T>(T? value)
        where T : class =>
        value is null ? NotFound() : Ok(value);
}
