using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Tests.Meta;
using Xunit;

namespace PrivacyAnalyzers.Tests.Baseline
{
    /// <summary>
    /// Every finding names the declaration it is in and what its rule found there, in its properties (SARIF carries them):
    /// what the baseline matches by, and what a SARIF consumer can track across runs.
    /// </summary>
    public class FingerprintTests
    {
        /// <summary>Each finding as "PRIVnnn symbol | anchor".</summary>
        private static async Task<string[]> FingerprintsAsync(string source)
        {
            var run = await AllAnalyzers.RunWithoutProblemsAsync(source);
            return run.Diagnostics
                .OrderBy(d => d.Location.SourceSpan.Start)
                .Select(d => $"{d.Id} {d.Properties["PrivacySymbol"]} | {d.Properties["PrivacyAnchor"]}")
                .ToArray();
        }

        private static async Task<string> OnlyFingerprintAsync(string source) =>
            (await AllAnalyzers.RunWithoutProblemsAsync(source)).Diagnostics.Single().Properties["PrivacyFingerprint"]!;

        [Fact]
        public async Task Member_finding_is_anchored_at_the_member()
        {
            var fingerprints = await FingerprintsAsync(@"
namespace App;
public class CreatorVideoStats { public System.Collections.Generic.List<System.Guid> ViewerIds { get; init; } = new(); }");

            Assert.Equal(new[] { "PRIV001 P:App.CreatorVideoStats.ViewerIds | ViewerIds" }, fingerprints);
        }

        [Fact]
        public async Task Inherited_member_finding_is_anchored_at_the_type_by_the_base_member()
        {
            var fingerprints = await FingerprintsAsync(@"
namespace App;
public class AudienceBase { public System.Collections.Generic.List<System.Guid> ViewerIds { get; init; } = new(); }
public class CreatorReachReport : AudienceBase { }");

            Assert.Equal(new[] { "PRIV001 T:App.CreatorReachReport | AudienceBase.ViewerIds" }, fingerprints);
        }

        [Fact]
        public async Task Notification_finding_is_anchored_at_the_sink_in_its_method()
        {
            var fingerprints = await FingerprintsAsync(@"
namespace App;
public interface INotificationService { System.Threading.Tasks.Task SendAsync(System.Guid userId, string message); }
public class FollowService
{
    private readonly INotificationService _notifications = null!;
    public System.Threading.Tasks.Task UnfollowAsync(System.Guid creatorId) => _notifications.SendAsync(creatorId, ""Someone unfollowed you"");
}");

            Assert.Equal(new[] { "PRIV002 M:App.FollowService.UnfollowAsync(System.Guid) | INotificationService.SendAsync" }, fingerprints);
        }

        [Fact]
        public async Task Endpoint_finding_is_anchored_at_the_endpoint_in_its_action()
        {
            var fingerprints = await FingerprintsAsync(@"
using Microsoft.AspNetCore.Mvc;
namespace App;
public class ApplicationUser { public System.Guid Id { get; set; } }
[ApiController, Route(""api/creator/videos"")]
public class AudienceController : ControllerBase
{
    [HttpGet(""{id}/viewers"")] public System.Collections.Generic.List<ApplicationUser> Viewers(int id) => new();
}");

            Assert.Equal(new[] { "PRIV005 M:App.AudienceController.Viewers(System.Int32) | AudienceController.Viewers" }, fingerprints);
        }

        [Fact]
        public async Task Fill_finding_is_anchored_at_the_filled_member_in_the_method_that_fills_it()
        {
            var fingerprints = await FingerprintsAsync(@"
using System.Collections.Generic;
using System.Linq;
namespace App;
public class Like { public System.Guid UserId { get; init; } }
public class VideoCardDto { public List<System.Guid> Likes { get; init; } = new(); }
public static class Cards
{
    public static VideoCardDto ToCard(List<Like> likes) => new() { Likes = likes.Select(l => l.UserId).ToList() };
}");

            Assert.Equal(new[] { "PRIV007 M:App.Cards.ToCard(System.Collections.Generic.List{App.Like}) | VideoCardDto.Likes" }, fingerprints);
        }

        [Fact]
        public async Task Pragma_without_a_reason_is_anchored_at_its_file()
        {
            var fingerprints = await FingerprintsAsync(@"
#pragma warning disable PRIV001
public class Video { }");

            Assert.Equal(new[] { "PRIV100  | #pragma PRIV001" }, fingerprints);
        }

        [Fact]
        public async Task Fingerprint_stays_when_lines_are_added_above()
        {
            const string Stats = "public class CreatorVideoStats { public System.Collections.Generic.List<System.Guid> ViewerIds { get; init; } = new(); }";

            Assert.Equal(await OnlyFingerprintAsync(Stats), await OnlyFingerprintAsync("// one\n// two\n\n" + Stats));
        }

        [Fact]
        public async Task Fingerprints_of_two_members_differ()
        {
            var run = await AllAnalyzers.RunWithoutProblemsAsync(
                "public class CreatorVideoStats { public System.Collections.Generic.List<System.Guid> ViewerIds { get; init; } = new(); public System.Collections.Generic.List<string> FanHandles { get; init; } = new(); }");

            Assert.Equal(2, run.Diagnostics.Select(d => d.Properties["PrivacyFingerprint"]).Distinct().Count());
        }
    }
}
