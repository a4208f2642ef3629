using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using Xunit;
using Verify = PrivacyAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    PrivacyAnalyzers.Rules.CreatorFacingAudienceLocationAnalyzer,
    PrivacyAnalyzers.Rules.CreatorFacingAudienceLocationFixer>;

namespace PrivacyAnalyzers.Tests.Rules
{
    public class CreatorFacingAudienceLocationFixerTests
    {
        private const string Remove = "PrivacyAnalyzers.RemoveMember";
        private const string Count = "PrivacyAnalyzers.ReplaceWithCount";

        [Fact]
        public async Task Removing_a_member_removes_its_initializer_assignments()
        {
            await Verify.VerifyCodeFixAsync(@"
using System.Net;

public class CreatorStats
{
    public int Views { get; init; }
    public IPAddress? [|LastViewerIp|] { get; init; }
}

public static class Builder
{
    public static CreatorStats Build(IPAddress ip) => new CreatorStats { Views = 1, LastViewerIp = ip };
}", @"
using System.Net;

public class CreatorStats
{
    public int Views { get; init; }
}

public static class Builder
{
    public static CreatorStats Build(IPAddress ip) => new CreatorStats { Views = 1 };
}", Remove);
        }

        [Fact]
        public async Task Removing_a_collection_of_rows_removes_it_and_its_writes()
        {
            await Verify.VerifyCodeFixAsync(@"
using System;
using System.Collections.Generic;

public class ViewRow { public DateTimeOffset At { get; set; } public double Latitude { get; set; } }

public class CreatorVideoMapDto
{
    public int Views { get; set; }
    public List<ViewRow> [|RecentViews|] { get; set; } = new();
}

public static class Builder
{
    public static CreatorVideoMapDto Build(List<ViewRow> views)
    {
        var map = new CreatorVideoMapDto { Views = views.Count };
        map.RecentViews = views;
        return map;
    }
}", @"
using System;
using System.Collections.Generic;

public class ViewRow { public DateTimeOffset At { get; set; } public double Latitude { get; set; } }

public class CreatorVideoMapDto
{
    public int Views { get; set; }
}

public static class Builder
{
    public static CreatorVideoMapDto Build(List<ViewRow> views)
    {
        var map = new CreatorVideoMapDto { Views = views.Count };
        return map;
    }
}", Remove);
        }

        [Fact]
        public async Task Removing_a_positional_record_member_removes_its_arguments()
        {
            await Verify.VerifyCodeFixAsync(@"
using System;
using System.Collections.Generic;

public record CreatorGeoDigest(Guid CreatorId, IReadOnlyList<string> [|FollowerPostalCodes|], int Views);

public static class Digests
{
    public static CreatorGeoDigest A(Guid id, List<string> codes) => new CreatorGeoDigest(id, codes, 3);
    public static CreatorGeoDigest B(Guid id, List<string> codes) => new(id, Views: 3, FollowerPostalCodes: codes);
}", @"
using System;
using System.Collections.Generic;

public record CreatorGeoDigest(Guid CreatorId, int Views);

public static class Digests
{
    public static CreatorGeoDigest A(Guid id, List<string> codes) => new CreatorGeoDigest(id, 3);
    public static CreatorGeoDigest B(Guid id, List<string> codes) => new(id, Views: 3);
}", Remove);
        }

        [Fact]
        public async Task Removing_a_field_keeps_the_other_variables_of_its_declaration()
        {
            await Verify.VerifyCodeFixAsync(@"
public class CreatorStats
{
    public string [|FollowerZipCode|] = """", Title = """";
}", @"
public class CreatorStats
{
    public string Title = """";
}", Remove);
        }

        [Fact]
        public async Task A_member_read_elsewhere_is_left_for_a_person_to_change()
        {
            const string Source = @"
public class CreatorStats
{
    public double [|ViewerLatitude|] { get; set; }
}

public static class Map
{
    public static string Describe(CreatorStats stats) => stats.ViewerLatitude.ToString();
}";
            await Verify.VerifyCodeFixAsync(Source, Source, Remove);
        }

        [Fact]
        public async Task Replace_with_a_count_is_not_offered()
        {
            const string Source = @"
using System.Collections.Generic;

public class CreatorStats
{
    public List<string> [|SubscriberPostalCodes|] { get; init; } = new();
}";
            await Verify.VerifyCodeFixAsync(Source, Source, Count);
        }

        [Fact]
        public async Task No_fix_is_offered_at_a_type_that_inherits_a_location()
        {
            const string Source = @"
using System.Net;

public class StatsBase { public IPAddress? LastViewerIp { get; set; } }

public class [|CreatorStats|] : StatsBase { }";
            await Verify.VerifyCodeFixAsync(Source, Source, Remove);
        }

        // ---- Fix All ----

        private static readonly string[] FixAllSources =
        {
            @"
using System;
using System.Collections.Generic;
using System.Net;

public class ViewRow { public double Lat { get; set; } public double Lng { get; set; } }

public class CreatorStats
{
    public Dictionary<string, int> ViewsByCountry { get; init; } = new();
    public List<ViewRow> [|RecentViews|] { get; init; } = new();
    public IPAddress? [|LastViewerIp|] { get; init; }
}",
            @"
using System;
using System.Collections.Generic;

public record CreatorGeoReport(Guid VideoId, string [|TopFanPostalCode|]);

public static class Reports
{
    public static CreatorGeoReport Build(Guid id, string code) => new CreatorGeoReport(id, code);
    public static CreatorStats Stats(List<ViewRow> views, System.Net.IPAddress ip) =>
        new CreatorStats { ViewsByCountry = new(), RecentViews = views, LastViewerIp = ip };
}",
        };

        [Fact]
        public async Task Fix_all_in_document_fixes_only_that_document()
        {
            await Verify.VerifyFixAllAsync(
                FixAllSources,
                new[]
                {
                    @"
using System;
using System.Collections.Generic;
using System.Net;

public class ViewRow { public double Lat { get; set; } public double Lng { get; set; } }

public class CreatorStats
{
    public Dictionary<string, int> ViewsByCountry { get; init; } = new();
}",
                    @"
using System;
using System.Collections.Generic;

public record CreatorGeoReport(Guid VideoId, string [|TopFanPostalCode|]);

public static class Reports
{
    public static CreatorGeoReport Build(Guid id, string code) => new CreatorGeoReport(id, code);
    public static CreatorStats Stats(List<ViewRow> views, System.Net.IPAddress ip) =>
        new CreatorStats { ViewsByCountry = new() };
}",
                },
                FixAllScope.Document,
                Remove);
        }

        [Theory]
        [InlineData(FixAllScope.Project)]
        [InlineData(FixAllScope.Solution)]
        public async Task Fix_all_removes_every_member_and_the_solution_compiles(FixAllScope scope)
        {
            await Verify.VerifyFixAllAsync(
                FixAllSources,
                new[]
                {
                    @"
using System;
using System.Collections.Generic;
using System.Net;

public class ViewRow { public double Lat { get; set; } public double Lng { get; set; } }

public class CreatorStats
{
    public Dictionary<string, int> ViewsByCountry { get; init; } = new();
}",
                    @"
using System;
using System.Collections.Generic;

public record CreatorGeoReport(Guid VideoId);

public static class Reports
{
    public static CreatorGeoReport Build(Guid id, string code) => new CreatorGeoReport(id);
    public static CreatorStats Stats(List<ViewRow> views, System.Net.IPAddress ip) =>
        new CreatorStats { ViewsByCountry = new() };
}",
                },
                scope,
                Remove);
        }
    }
}
