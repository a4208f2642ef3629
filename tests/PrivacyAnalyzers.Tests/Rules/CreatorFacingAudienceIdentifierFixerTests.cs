using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using Xunit;
using Verify = PrivacyAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    PrivacyAnalyzers.Rules.CreatorFacingAudienceIdentifierAnalyzer,
    PrivacyAnalyzers.Rules.CreatorFacingAudienceIdentifierFixer>;

namespace PrivacyAnalyzers.Tests.Rules
{
    public class CreatorFacingAudienceIdentifierFixerTests
    {
        private const string Count = "PrivacyAnalyzers.ReplaceWithCount";
        private const string Remove = "PrivacyAnalyzers.RemoveMember";

        // ---- Replace with a count ----

        [Fact]
        public async Task Collection_becomes_a_count_and_initializers_count_the_same_expression()
        {
            await Verify.VerifyCodeFixAsync(@"
using System;
using System.Collections.Generic;

public class CreatorStats
{
    public int Views { get; init; }
    public IReadOnlyList<Guid> [|ViewerIds|] { get; init; } = new List<Guid>();
}

public static class Builder
{
    public static CreatorStats Build(List<Guid> viewers) => new CreatorStats { Views = 3, ViewerIds = viewers };
}", @"
using System;
using System.Collections.Generic;

public class CreatorStats
{
    public int Views { get; init; }
    public int ViewerCount { get; init; }
}

public static class Builder
{
    public static CreatorStats Build(List<Guid> viewers) => new CreatorStats { Views = 3, ViewerCount = viewers.Count };
}", Count);
        }

        [Fact]
        public async Task Arrays_are_counted_by_Length_and_sequences_by_Count()
        {
            await Verify.VerifyCodeFixAsync(@"
using System;
using System.Collections.Generic;

public class CreatorStats
{
    public Guid[] [|DownloaderIds|] { get; set; } = Array.Empty<Guid>();
    public IEnumerable<string> [|SubscriberEmails|] { get; set; } = Array.Empty<string>();
}

public static class Builder
{
    public static CreatorStats Build(Guid[] ids, IEnumerable<string> emails) =>
        new CreatorStats { DownloaderIds = ids, SubscriberEmails = emails };
}", @"
using System;
using System.Collections.Generic;
using System.Linq;

public class CreatorStats
{
    public int DownloaderCount { get; set; }
    public int SubscriberCount { get; set; }
}

public static class Builder
{
    public static CreatorStats Build(Guid[] ids, IEnumerable<string> emails) =>
        new CreatorStats { DownloaderCount = ids.Length, SubscriberCount = emails.Count() };
}", Count);
        }

        [Fact]
        public async Task Positional_record_arguments_become_counts_across_documents()
        {
            await Verify.VerifyCodeFixAsync(
                new[]
                {
                    @"
using System;
using System.Collections.Generic;

public record CreatorWeeklyDigest(Guid CreatorId, IReadOnlyList<string> [|SubscriberEmails|]);",
                    @"
using System;
using System.Collections.Generic;

public static class Digests
{
    public static CreatorWeeklyDigest ByPosition(Guid id, List<string> emails) => new CreatorWeeklyDigest(id, emails);
    public static CreatorWeeklyDigest ByName(Guid id, List<string> emails) => new(id, SubscriberEmails: emails);
}",
                },
                new[]
                {
                    @"
using System;
using System.Collections.Generic;

public record CreatorWeeklyDigest(Guid CreatorId, int SubscriberCount);",
                    @"
using System;
using System.Collections.Generic;

public static class Digests
{
    public static CreatorWeeklyDigest ByPosition(Guid id, List<string> emails) => new CreatorWeeklyDigest(id, emails.Count);
    public static CreatorWeeklyDigest ByName(Guid id, List<string> emails) => new(id, SubscriberCount: emails.Count);
}",
                },
                Count);
        }

        [Fact]
        public async Task Target_typed_positional_record_arguments_become_counts()
        {
            await Verify.VerifyCodeFixAsync(
                @"
using System;
using System.Collections.Generic;

public record CreatorVideoAudienceDto(Guid VideoId, IReadOnlyList<Guid> [|RecentViewerIds|]);

public static class Audiences
{
    public static CreatorVideoAudienceDto Of(Guid videoId, List<Guid> viewers) => new(videoId, viewers);
    public static CreatorVideoAudienceDto[] Many(Guid videoId, Guid[] viewers) => new CreatorVideoAudienceDto[] { new(videoId, viewers) };
}",
                @"
using System;
using System.Collections.Generic;

public record CreatorVideoAudienceDto(Guid VideoId, int RecentViewerCount);

public static class Audiences
{
    public static CreatorVideoAudienceDto Of(Guid videoId, List<Guid> viewers) => new(videoId, viewers.Count);
    public static CreatorVideoAudienceDto[] Many(Guid videoId, Guid[] viewers) => new CreatorVideoAudienceDto[] { new(videoId, viewers.Length) };
}",
                Count);
        }

        [Fact]
        public async Task Count_of_who_acted_is_named_for_the_act_not_the_identifier()
        {
            await Verify.VerifyCodeFixAsync(
                @"
using System;
using System.Collections.Generic;

public class CreatorPostStatsDto
{
    public int Views { get; init; }
    public List<Guid> [|LikedByUserIds|] { get; init; } = new();
}",
                @"
using System;
using System.Collections.Generic;

public class CreatorPostStatsDto
{
    public int Views { get; init; }
    public int LikedByCount { get; init; }
}",
                Count);
        }

        [Fact]
        public async Task Count_of_who_acted_ignores_the_identifier_shape_after_By()
        {
            await Verify.VerifyCodeFixAsync(
                @"
using System.Collections.Generic;

public class CreatorChannelDigest
{
    public string[] [|UnfollowedByEmails|] { get; init; } = System.Array.Empty<string>();
}",
                @"
using System.Collections.Generic;

public class CreatorChannelDigest
{
    public int UnfollowedByCount { get; init; }
}",
                Count);
        }

        [Fact]
        public async Task Null_and_default_arguments_count_zero()
        {
            await Verify.VerifyCodeFixAsync(
                @"
using System;
using System.Collections.Generic;

public record CreatorVideoAudienceDto(Guid VideoId, IReadOnlyList<Guid>? [|RecentViewerIds|]);

public static class Audiences
{
    public static CreatorVideoAudienceDto None(Guid videoId) => new(videoId, null);
    public static CreatorVideoAudienceDto Empty(Guid videoId) => new CreatorVideoAudienceDto(videoId, default);
    public static CreatorVideoAudienceDto Forced(Guid videoId) => new(videoId, null!);
}",
                @"
using System;
using System.Collections.Generic;

public record CreatorVideoAudienceDto(Guid VideoId, int RecentViewerCount);

public static class Audiences
{
    public static CreatorVideoAudienceDto None(Guid videoId) => new(videoId, 0);
    public static CreatorVideoAudienceDto Empty(Guid videoId) => new CreatorVideoAudienceDto(videoId, 0);
    public static CreatorVideoAudienceDto Forced(Guid videoId) => new(videoId, 0);
}",
                Count);
        }

        [Fact]
        public async Task Deconstructed_positional_member_is_left_for_a_person_to_change()
        {
            const string Source = @"
using System;
using System.Collections.Generic;

public record CreatorVideoAudienceDto(Guid VideoId, IReadOnlyList<Guid> [|RecentViewerIds|]);

public static class Audiences
{
    public static int Distinct(CreatorVideoAudienceDto audience)
    {
        var (_, viewers) = audience;
        return new HashSet<Guid>(viewers).Count;
    }
}";
            await Verify.VerifyCodeFixAsync(Source, Source, Count);
            await Verify.VerifyCodeFixAsync(Source, Source, Remove);
        }

        [Fact]
        public async Task Member_matched_by_a_positional_pattern_in_another_document_is_left_for_a_person_to_change()
        {
            var sources = new[]
            {
                @"
using System;
using System.Collections.Generic;

public record CreatorVideoAudienceDto(Guid VideoId, IReadOnlyList<Guid> [|RecentViewerIds|]);",
                @"
public static class Audiences
{
    public static bool AnyoneWatched(CreatorVideoAudienceDto audience) => audience is (_, { Count: > 0 });
}",
            };
            await Verify.VerifyCodeFixAsync(sources, sources, Count);
            await Verify.VerifyCodeFixAsync(sources, sources, Remove);
        }

        [Fact]
        public async Task Count_is_not_offered_when_the_rewritten_code_would_not_compile()
        {
            // A target-typed conditional has no type once the parameter is an int: no site rule covers it, the compile check does.
            const string Source = @"
using System;
using System.Collections.Generic;

public record CreatorVideoAudienceDto(Guid VideoId, IReadOnlyList<Guid> [|RecentViewerIds|]);

public static class Audiences
{
    public static CreatorVideoAudienceDto Of(Guid videoId, bool recent, Guid[] lastHour, List<Guid> all) =>
        new(videoId, recent ? lastHour : all);
}";
            await Verify.VerifyCodeFixAsync(Source, Source, Count);
        }

        [Fact]
        public async Task With_expressions_assignments_and_count_reads_follow_the_new_member()
        {
            await Verify.VerifyCodeFixAsync(@"
using System;
using System.Collections.Generic;

public record CreatorVideoStats
{
    public List<Guid> [|LikerIds|] { get; set; } = new();
}

public static class Usage
{
    public static int Update(CreatorVideoStats stats, List<Guid> likers)
    {
        var copy = stats with { LikerIds = likers };
        copy.LikerIds = likers;
        return copy.LikerIds.Count;
    }
}", @"
using System;
using System.Collections.Generic;

public record CreatorVideoStats
{
    public int LikerCount { get; set; }
}

public static class Usage
{
    public static int Update(CreatorVideoStats stats, List<Guid> likers)
    {
        var copy = stats with { LikerCount = likers.Count };
        copy.LikerCount = likers.Count;
        return copy.LikerCount;
    }
}", Count);
        }

        [Fact]
        public async Task Values_that_may_be_null_count_as_zero()
        {
            await Verify.VerifyCodeFixAsync(@"
using System;
using System.Collections.Generic;

public class CreatorStats
{
    public List<Guid>? [|FanIds|] { get; init; }
}

public static class Builder
{
    public static CreatorStats Build(List<Guid>? fans) => new CreatorStats { FanIds = fans };
}", @"
using System;
using System.Collections.Generic;

public class CreatorStats
{
    public int FanCount { get; init; }
}

public static class Builder
{
    public static CreatorStats Build(List<Guid>? fans) => new CreatorStats { FanCount = fans?.Count ?? 0 };
}", Count);
        }

        [Fact]
        public async Task Collection_expressions_become_their_element_count()
        {
            await Verify.VerifyCodeFixAsync(@"
using System;
using System.Collections.Generic;

public class CreatorStats
{
    public List<Guid> [|ViewerIds|] { get; init; } = [];
}

public static class Builder
{
    public static CreatorStats Build(Guid a, Guid b) => new CreatorStats { ViewerIds = [a, b] };
}", @"
using System;
using System.Collections.Generic;

public class CreatorStats
{
    public int ViewerCount { get; init; }
}

public static class Builder
{
    public static CreatorStats Build(Guid a, Guid b) => new CreatorStats { ViewerCount = 2 };
}", Count);
        }

        [Fact]
        public async Task Rows_about_people_become_a_count_named_for_the_collection()
        {
            await Verify.VerifyCodeFixAsync(@"
using System;
using System.Collections.Generic;

public class DownloadRecord { public Guid UserId { get; set; } }

public class CreatorDashboardResponse
{
    public List<DownloadRecord> [|Downloads|] { get; init; } = new();
}", @"
using System;
using System.Collections.Generic;

public class DownloadRecord { public Guid UserId { get; set; } }

public class CreatorDashboardResponse
{
    public int DownloadCount { get; init; }
}", Count);
        }

        // ---- Remove the member ----

        [Fact]
        public async Task Removing_a_member_removes_its_initializer_assignments()
        {
            await Verify.VerifyCodeFixAsync(@"
using System;

public class CreatorStats
{
    public int Views { get; init; }
    public long [|TopFanUserId|] { get; init; }
}

public static class Builder
{
    public static CreatorStats Build(long fan) => new CreatorStats { Views = 1, TopFanUserId = fan };
}", @"
using System;

public class CreatorStats
{
    public int Views { get; init; }
}

public static class Builder
{
    public static CreatorStats Build(long fan) => new CreatorStats { Views = 1 };
}", Remove);
        }

        [Fact]
        public async Task Removing_a_positional_record_member_removes_its_arguments()
        {
            await Verify.VerifyCodeFixAsync(@"
using System;
using System.Collections.Generic;

public record CreatorWeeklyDigest(Guid CreatorId, IReadOnlyList<string> [|SubscriberEmails|], int Views);

public static class Digests
{
    public static CreatorWeeklyDigest A(Guid id, List<string> emails) => new CreatorWeeklyDigest(id, emails, 3);
    public static CreatorWeeklyDigest B(Guid id, List<string> emails) => new(id, Views: 3, SubscriberEmails: emails);
}", @"
using System;
using System.Collections.Generic;

public record CreatorWeeklyDigest(Guid CreatorId, int Views);

public static class Digests
{
    public static CreatorWeeklyDigest A(Guid id, List<string> emails) => new CreatorWeeklyDigest(id, 3);
    public static CreatorWeeklyDigest B(Guid id, List<string> emails) => new(id, Views: 3);
}", Remove);
        }

        [Fact]
        public async Task Removing_a_member_removes_assignment_statements()
        {
            await Verify.VerifyCodeFixAsync(@"
using System;

public class CreatorStats
{
    public Guid [|LastViewerId|];
}

public static class Builder
{
    public static CreatorStats Build(Guid viewer)
    {
        var stats = new CreatorStats();
        stats.LastViewerId = viewer;
        return stats;
    }
}", @"
using System;

public class CreatorStats
{
}

public static class Builder
{
    public static CreatorStats Build(Guid viewer)
    {
        var stats = new CreatorStats();
        return stats;
    }
}", Remove);
        }

        [Fact]
        public async Task A_member_read_elsewhere_is_left_for_a_person_to_change()
        {
            const string Source = @"
using System;

public class CreatorStats
{
    public Guid [|LastViewerId|] { get; set; }
}

public static class Audit
{
    public static string Describe(CreatorStats stats) => stats.LastViewerId.ToString();
}";
            await Verify.VerifyCodeFixAsync(Source, Source, Remove);
        }

        [Fact]
        public async Task Count_is_not_offered_when_the_aggregate_already_exists()
        {
            // Reading ViewerCount instead would be right only where it is kept in step with ViewerIds: here it is computed
            // from it, and would read itself.
            const string Source = @"
using System;
using System.Collections.Generic;

public class CreatorStats
{
    public int ViewerCount => ViewerIds.Count;
    public List<Guid> [|ViewerIds|] { get; init; } = new();
}";
            await Verify.VerifyCodeFixAsync(Source, Source, Count);
        }

        [Fact]
        public async Task Count_is_not_offered_when_the_count_of_the_act_already_exists()
        {
            const string Source = @"
using System;
using System.Collections.Generic;

public record CreatorPostInsightsDto(Guid PostId, int LikeCount, IReadOnlyList<string> [|LikedByUserIds|]);";
            await Verify.VerifyCodeFixAsync(Source, Source, Count);
        }

        // ---- Fix All ----

        private static readonly string[] FixAllSources =
        {
            @"
using System;
using System.Collections.Generic;

public class CreatorStats
{
    public int ViewerCount { get; init; }
    public List<Guid> [|ViewerIds|] { get; init; } = new();
    public List<Guid> [|FollowerIds|] { get; init; } = new();
    public long [|TopFanUserId|] { get; init; }
}",
            @"
using System;
using System.Collections.Generic;

public class CreatorVideoReport
{
    public Guid[] [|SaverIds|] { get; init; } = Array.Empty<Guid>();
}

public static class Reports
{
    public static CreatorVideoReport Build(Guid[] savers) => new CreatorVideoReport { SaverIds = savers };
    public static CreatorStats Stats(List<Guid> viewers, List<Guid> followers) =>
        new CreatorStats { ViewerIds = viewers, FollowerIds = followers, TopFanUserId = 7 };
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

public class CreatorStats
{
    public int ViewerCount { get; init; }
    public int FollowerCount { get; init; }
}",
                    @"
using System;
using System.Collections.Generic;

public class CreatorVideoReport
{
    public Guid[] [|SaverIds|] { get; init; } = Array.Empty<Guid>();
}

public static class Reports
{
    public static CreatorVideoReport Build(Guid[] savers) => new CreatorVideoReport { SaverIds = savers };
    public static CreatorStats Stats(List<Guid> viewers, List<Guid> followers) =>
        new CreatorStats { FollowerCount = followers.Count };
}",
                },
                FixAllScope.Document,
                Count);
        }

        [Theory]
        [InlineData(FixAllScope.Project)]
        [InlineData(FixAllScope.Solution)]
        public async Task Fix_all_with_counts_fixes_every_member_and_the_solution_compiles(FixAllScope scope)
        {
            await Verify.VerifyFixAllAsync(
                FixAllSources,
                new[]
                {
                    @"
using System;
using System.Collections.Generic;

public class CreatorStats
{
    public int ViewerCount { get; init; }
    public int FollowerCount { get; init; }
}",
                    @"
using System;
using System.Collections.Generic;

public class CreatorVideoReport
{
    public int SaverCount { get; init; }
}

public static class Reports
{
    public static CreatorVideoReport Build(Guid[] savers) => new CreatorVideoReport { SaverCount = savers.Length };
    public static CreatorStats Stats(List<Guid> viewers, List<Guid> followers) =>
        new CreatorStats { FollowerCount = followers.Count };
}",
                },
                scope,
                Count);
        }

        [Fact]
        public async Task Fix_all_with_removal_removes_every_member()
        {
            await Verify.VerifyFixAllAsync(
                FixAllSources,
                new[]
                {
                    @"
using System;
using System.Collections.Generic;

public class CreatorStats
{
    public int ViewerCount { get; init; }
}",
                    @"
using System;
using System.Collections.Generic;

public class CreatorVideoReport
{
}

public static class Reports
{
    public static CreatorVideoReport Build(Guid[] savers) => new CreatorVideoReport { };
    public static CreatorStats Stats(List<Guid> viewers, List<Guid> followers) =>
        new CreatorStats { };
}",
                },
                FixAllScope.Solution,
                Remove);
        }

        [Fact]
        public async Task Fix_all_with_removal_counts_the_collections_whose_count_is_read()
        {
            // dotnet format takes the first action of the first diagnostic it meets: whichever it is, every member is fixed.
            await Verify.VerifyFixAllAsync(
                new[]
                {
                    @"
using System;
using System.Collections.Generic;

public class CreatorVideoStatsDto
{
    public List<Guid> [|ViewerIds|] { get; init; } = new();
    public List<Guid> [|SaverIds|] { get; init; } = new();
}

public static class Stats
{
    public static string Describe(CreatorVideoStatsDto stats) => $""{stats.ViewerIds.Count} viewers"";
}",
                },
                new[]
                {
                    @"
using System;
using System.Collections.Generic;

public class CreatorVideoStatsDto
{
    public int ViewerCount { get; init; }
}

public static class Stats
{
    public static string Describe(CreatorVideoStatsDto stats) => $""{stats.ViewerCount} viewers"";
}",
                },
                FixAllScope.Solution,
                Remove);
        }
    }
}
