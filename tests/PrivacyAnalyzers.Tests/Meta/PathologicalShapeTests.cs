using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace PrivacyAnalyzers.Tests.Meta
{
    /// <summary>
    /// Every analyzer runs without an exception, in bounded time and reporting only inside the source, over shapes that
    /// break naive walks: cycles, self-referencing generics, extreme depth and width, and the newest C# features. Each
    /// shape compiles, so the analyzers see its real symbols; where the privacy model is clear, the findings are checked too.
    /// </summary>
    [Collection(nameof(PathologicalShapeTests))]
    public class PathologicalShapeTests
    {
        private const string Usings = "using System; using System.Collections.Generic; using System.Threading.Tasks;\n";

        private const string NotificationService = @"
public interface INotificationService
{
    void Notify(Guid recipientId, string text);
}
";

        private static async Task<AnalyzerRun> AnalyzeAsync(string source)
        {
            var run = await AllAnalyzers.RunWithoutProblemsAsync(Usings + source);
            Assert.Empty(run.CompilerErrors);
            return run;
        }

        /// <summary><c>List&lt;List&lt;…<paramref name="innermost"/>…&gt;&gt;</c>, <paramref name="depth"/> lists deep.</summary>
        private static string NestedLists(int depth, string innermost) =>
            string.Concat(Enumerable.Repeat("List<", depth)) + innermost + new string('>', depth);

        // ---- Cycles ----

        [Fact]
        public async Task Recursive_creator_facing_dto_still_reports_its_viewer_ids()
        {
            var run = await AnalyzeAsync(@"
namespace Acme.Studio
{
    public class CreatorTreeDto
    {
        public string Title { get; set; } = """";
        public CreatorTreeDto? Parent { get; set; }
        public List<CreatorTreeDto> Children { get; set; } = new();
        public List<Guid> ViewerIds { get; set; } = new();
    }
}");

            Assert.Contains(("PRIV001", "ViewerIds"), run.Findings);
        }

        [Fact]
        public async Task Mutually_recursive_creator_facing_dtos_with_only_counts_stay_clean()
        {
            var run = await AnalyzeAsync(@"
namespace Acme.Studio
{
    public class CreatorChannelDto
    {
        public long Followers { get; set; }
        public int UniqueViewers { get; set; }
        public List<CreatorVideoDto> Videos { get; set; } = new();
        public CreatorVideoDto? TopVideo { get; set; }
    }

    public class CreatorVideoDto
    {
        public long Views { get; set; }
        public int DownloaderCount { get; set; }
        public CreatorChannelDto Channel { get; set; } = new();
        public List<CreatorVideoDto> Related { get; set; } = new();
        public Dictionary<string, List<CreatorChannelDto>> CollaboratorsByRegion { get; set; } = new();
    }
}");

            Assert.Empty(run.Findings);
        }

        [Fact]
        public async Task Mutually_recursive_creator_facing_dtos_still_report_the_identifiers_inside_the_cycle()
        {
            var run = await AnalyzeAsync(@"
namespace Acme.Studio
{
    public class CreatorChannelDto
    {
        public List<CreatorVideoDto> Videos { get; set; } = new();
    }

    public class CreatorVideoDto
    {
        public CreatorChannelDto Channel { get; set; } = new();
        public List<string> LikerHandles { get; set; } = new();
    }
}");

            Assert.Contains(("PRIV001", "LikerHandles"), run.Findings);
        }

        [Fact]
        public async Task Self_referencing_generic_base_does_not_hide_the_follower_ids_of_a_creator_tree()
        {
            var run = await AnalyzeAsync(@"
public abstract class Node<T> where T : Node<T>
{
    public T? Parent { get; set; }
    public List<T> Children { get; set; } = new();
    public Dictionary<T, List<T>> Links { get; set; } = new();
}

public class CreatorTreeDto : Node<CreatorTreeDto>
{
    public int Views { get; set; }
    public List<Guid> FollowerIds { get; set; } = new();
}");

            Assert.Contains(("PRIV001", "FollowerIds"), run.Findings);
        }

        // ---- Depth and width ----

        [Fact]
        public async Task Generic_collections_nested_forty_deep_are_analyzed()
        {
            await AnalyzeAsync($@"
public class RecentViewer {{ public Guid ViewerId {{ get; set; }} }}

public class CreatorStatsDto
{{
    public {NestedLists(40, "Dictionary<Guid, " + NestedLists(40, "Guid") + ">")} ViewerIdsByDay {{ get; set; }} = new();
    public {NestedLists(40, "RecentViewer")} RecentViewersByPage {{ get; set; }} = new();
}}");
        }

        [Fact]
        public async Task Creator_facing_type_with_ten_thousand_members_reports_only_its_leak()
        {
            var members = string.Concat(Enumerable.Range(0, 10_000).Select(i => (i % 3) switch
            {
                0 => $"    public int Metric{i};\n",
                1 => $"    public long Total{i} {{ get; set; }}\n",
                _ => $"    public double Rate{i}() => Metric{i - 2} / 100.0;\n",
            }));

            var run = await AnalyzeAsync($@"
public class CreatorHugeDto
{{
{members}
    public List<Guid> ViewerIds {{ get; set; }} = new();
}}");

            Assert.Equal(new[] { ("PRIV001", "ViewerIds") }, run.Findings);
        }

        [Fact]
        public async Task Notification_two_hundred_lambdas_deep_in_an_unlike_method_is_analyzed()
        {
            const int depth = 200;
            var opening = string.Concat(Enumerable.Range(0, depth).Select(i => $"Action a{i} = () => {{ "));
            var closing = string.Concat(Enumerable.Range(0, depth).Reverse().Select(i => $"}}; a{i}(); "));

            await AnalyzeAsync(NotificationService + $@"
public sealed class Reactions
{{
    private readonly INotificationService _notifier = null!;

    public void Unlike(Guid ownerId)
    {{
        {opening}_notifier.Notify(ownerId, ""A like was removed""); {closing}
    }}
}}");
        }

        [Fact]
        public async Task Notification_two_hundred_branches_deep_in_an_unlike_method_is_reported()
        {
            const int depth = 200;
            var opening = string.Concat(Enumerable.Range(0, depth).Select(i => $"if (count > {i}) {{ "));

            var run = await AnalyzeAsync(NotificationService + $@"
public sealed class Reactions
{{
    private readonly INotificationService _notifier = null!;

    public void Unlike(Guid ownerId, int count)
    {{
        {opening}_notifier.Notify(ownerId, ""A like was removed""); {new string('}', depth)}
    }}
}}");

            Assert.Equal(new[] { ("PRIV002", @"_notifier.Notify(ownerId, ""A like was removed"")") }, run.Findings);
        }

        [Fact]
        public async Task Notification_whose_text_is_a_five_thousand_term_expression_in_an_unlike_method_is_reported()
        {
            // A left-deep chain of binary operators and a deep conditional: what a recursive walk of the tree overflows on.
            var concatenation = string.Join(" + ", Enumerable.Range(0, 5_000).Select(i => i % 2 == 0 ? "count" : $@"""{i}"""));
            var conditional = string.Concat(Enumerable.Range(0, 200).Select(i => $"count > {i} ? ")) + "\"many\"" + string.Concat(Enumerable.Repeat(" : \"few\"", 200));

            var run = await AnalyzeAsync(NotificationService + $@"
public sealed class Reactions
{{
    private readonly INotificationService _notifier = null!;

    public void Unlike(Guid ownerId, int count)
    {{
        _notifier.Notify(ownerId, {concatenation} + ({conditional}));
    }}
}}");

            Assert.Equal(new[] { "PRIV002" }, run.Findings.Select(f => f.Id));
        }

        // ---- Partial types and members ----

        [Fact]
        public async Task Partial_creator_facing_type_reports_the_leaks_of_every_part_and_a_partial_property_once()
        {
            var run = await AnalyzeAsync(@"
namespace Acme.Studio
{
    public partial class CreatorStatsDto
    {
        public partial List<Guid> ViewerIds { get; set; }
        public partial event Action Changed;
        public partial CreatorStatsDto(int views);
        partial void OnViewed(Guid viewerId);
    }

    public partial class CreatorStatsDto
    {
        private List<Guid> _viewerIds = new();
        public partial List<Guid> ViewerIds { get => _viewerIds; set => _viewerIds = value; }
        public partial event Action Changed { add { } remove { } }
        public partial CreatorStatsDto(int views) { }
        partial void OnViewed(Guid viewerId) { }
        public string[] SubscriberEmails { get; set; } = Array.Empty<string>();
    }
}");

            Assert.Equal(new[] { ("PRIV001", "ViewerIds"), ("PRIV001", "SubscriberEmails") }, run.Findings);
        }

        // ---- C# 12 to 14 ----

        [Fact]
        public async Task Primary_constructor_parameter_stays_private_while_the_property_it_fills_is_reported()
        {
            var run = await AnalyzeAsync(@"
public class CreatorReport(List<Guid> viewerIds)
{
    public List<Guid> ViewerIds { get; } = viewerIds;
}");

            Assert.Equal(new[] { ("PRIV001", "ViewerIds") }, run.Findings);
        }

        [Fact]
        public async Task Collection_expressions_and_the_field_keyword_do_not_hide_a_leak()
        {
            var run = await AnalyzeAsync(@"
public class CreatorReport
{
    public List<Guid> FollowerIds { get; } = [];
    public List<Guid> SubscriberIds { get => field; set => field = value ?? []; } = [];
    public int Views { get => field; set => field = Math.Max(0, value); }
}");

            Assert.Equal(new[] { ("PRIV001", "FollowerIds"), ("PRIV001", "SubscriberIds") }, run.Findings);
        }

        [Fact]
        public async Task Extension_blocks_are_analyzed_and_a_notification_in_an_extension_unlike_method_is_reported()
        {
            var run = await AnalyzeAsync(NotificationService + @"
public class CreatorReport
{
    public int Views { get; set; }
}

public static class CreatorReportExtensions
{
    extension(CreatorReport report)
    {
        public List<Guid> FanIds => new();
        public static CreatorReport Empty => new();
        public void Reset() => report?.Views = 0;
    }

    extension<T>(List<T> items) where T : CreatorReport
    {
        public int TotalViews => items.Count == 0 ? 0 : items[0].Views;
    }

    extension(INotificationService notifier)
    {
        public void Unlike(Guid ownerId) => notifier.Notify(ownerId, nameof(List<>));
    }
}");

            Assert.Contains(("PRIV002", "notifier.Notify(ownerId, nameof(List<>))"), run.Findings);
        }
    }

    /// <summary>The shapes run after the other tests, one at a time: their time bound then measures the analyzers, not the tests beside them.</summary>
    [CollectionDefinition(nameof(PathologicalShapeTests), DisableParallelization = true)]
    public class PathologicalShapeCollection
    {
    }
}
