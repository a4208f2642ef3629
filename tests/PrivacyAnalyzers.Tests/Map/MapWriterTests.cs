using System;
using PrivacyAnalyzers.Map;
using Xunit;

namespace PrivacyAnalyzers.Tests.Map
{
    /// <summary>The map's two forms: Markdown for the reviewer, JSON for tools.</summary>
    public class MapWriterTests
    {
        private static readonly PrivacyMap Example = new(
            "Clipstream",
            new[]
            {
                new MapType(
                    "CreatorFanReport",
                    new MapLocation("Studio/Reports.cs", 4, 1),
                    "its name matches '*Creator*Report' (privacy.creator_facing_types)",
                    null,
                    new[] { new MapMember("FanHandles", "List<string>", new MapLocation("Studio/Reports.cs", 6, 5), "user.account.username", new[] { "PRIV001" }), new MapMember("Views", "int", new MapLocation("Studio/Reports.cs", 7, 5), null, Array.Empty<string>()) }),
            },
            new[] { new MapEndpoint("ReportsController.Fans", new MapLocation("Controllers/ReportsController.cs", 12, 1), new[] { "GET api/studio/fans" }, true, new[] { "CreatorFanReport" }) },
            new[] { new MapSink("INotificationService.SendAsync", "FollowService.UnfollowAsync", new MapLocation("Services/FollowService.cs", 20, 1), "negative", "method 'UnfollowAsync'", new[] { "PRIV002" }) },
            new[] { new MapEventContext("FollowService.UnfollowAsync", new MapLocation("Services/FollowService.cs", 18, 1), "negative", "method 'UnfollowAsync'") },
            new[]
            {
                new MapFinding("PRIV001", "Creator-facing type exposes identifiers of audience members", new MapLocation("Studio/Reports.cs", 6, 1), "Creator-facing type 'CreatorFanReport' exposes who …", "user.account.username", false, null),
                new MapFinding("PRIV001", "Creator-facing type exposes identifiers of audience members", new MapLocation("Studio/Legacy.cs", 9, 1), "Creator-facing type 'LegacyReport' exposes who …", "user.unique_id", true, "Fans opted in"),
                new MapFinding("PRIV002", "Notification sent on a negative engagement event", new MapLocation("Services/FollowService.cs", 20, 1), "'INotificationService.SendAsync' sends a notification …", "user.social_activity", false, null),
            });

        [Fact]
        public void Markdown_groups_findings_by_rule_then_file()
        {
            var page = MarkdownMap.Write(new[] { Example });

            var rule1 = page.IndexOf("#### PRIV001: Creator-facing type exposes identifiers of audience members (2)", StringComparison.Ordinal);
            var reports = page.IndexOf("`Studio/Reports.cs`\n\n- line 6:", StringComparison.Ordinal);
            var legacy = page.IndexOf("`Studio/Legacy.cs`\n\n- line 9:", StringComparison.Ordinal);
            var rule2 = page.IndexOf("#### PRIV002: Notification sent on a negative engagement event (1)", StringComparison.Ordinal);
            Assert.True(rule1 >= 0 && reports > rule1 && legacy > rule1 && rule2 > Math.Max(reports, legacy), page);
        }

        [Fact]
        public void Markdown_says_which_findings_are_suppressed_and_why()
        {
            var page = MarkdownMap.Write(new[] { Example });

            Assert.Contains("- line 9: Creator-facing type 'LegacyReport' exposes who … · `user.unique_id` · suppressed: Fans opted in\n", page);
            Assert.Contains("| 2 | 1 | 1 | 0 | 1 (1) | 1 | 1 |", page);
        }

        [Fact]
        public void Markdown_lists_each_member_with_its_category_and_rules()
        {
            var page = MarkdownMap.Write(new[] { Example });

            Assert.Contains("- creator-facing: its name matches '*Creator*Report' (privacy.creator_facing_types)\n", page);
            Assert.Contains("| `FanHandles` | `List<string>` | `user.account.username` | PRIV001 |", page);
            Assert.Contains("| `Views` | `int` | — | — |", page);
        }

        [Fact]
        public void Markdown_escapes_bars_in_table_cells()
        {
            var map = Example with { EventContexts = new[] { new MapEventContext("Feed.Undo", new MapLocation("Feed.cs", 3, 1), "negative", "'Kind.Unlike | Kind.Unfollow'") } };

            Assert.Contains("| `Feed.Undo` | negative | 'Kind.Unlike \\| Kind.Unfollow' | `Feed.cs:3` |", MarkdownMap.Write(new[] { map }));
        }

        [Fact]
        public void Json_reads_back_the_map_it_wrote()
        {
            var json = JsonMap.Write(new[] { Example });

            Assert.Equal(json, JsonMap.Write(JsonMap.Read(json)));
            Assert.Contains("\"schema\": 1", json);
            Assert.Contains("\"dataCategory\": \"user.account.username\"", json);
        }
    }
}
