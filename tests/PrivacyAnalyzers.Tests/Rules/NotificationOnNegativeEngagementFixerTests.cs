using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using Xunit;
using Verify = PrivacyAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    PrivacyAnalyzers.Rules.NotificationOnNegativeEngagementAnalyzer,
    PrivacyAnalyzers.Rules.NotificationOnNegativeEngagementFixer>;

namespace PrivacyAnalyzers.Tests.Rules
{
    public class NotificationOnNegativeEngagementFixerTests
    {
        private const string Services = @"
public interface INotificationService
{
    System.Threading.Tasks.Task NotifyAsync(System.Guid recipientId, string text);
    void Notify(System.Guid recipientId, string text);
}

public sealed class Video { public System.Guid Id { get; set; } public System.Guid OwnerId { get; set; } }

public sealed class UnlikeNotification { public UnlikeNotification(System.Guid recipientId) { } }
";

        [Fact]
        public async Task An_awaited_notification_statement_is_removed()
        {
            await Verify.VerifyCodeFixAsync(new[] { @"
using System;
using System.Threading.Tasks;

public sealed class Engagement
{
    private readonly INotificationService _notifications = null!;

    public async Task UnlikeAsync(Video video)
    {
        Console.WriteLine(video.Id);
        await [|_notifications.NotifyAsync(video.OwnerId, ""unliked"")|];
    }
}", Services }, new[] { @"
using System;
using System.Threading.Tasks;

public sealed class Engagement
{
    private readonly INotificationService _notifications = null!;

    public async Task UnlikeAsync(Video video)
    {
        Console.WriteLine(video.Id);
    }
}", Services });
        }

        [Fact]
        public async Task A_notification_object_passed_to_Add_removes_the_call()
        {
            await Verify.VerifyCodeFixAsync(new[] { @"
using System;
using System.Collections.Generic;

public sealed class Engagement
{
    private readonly List<UnlikeNotification> _inbox = new();

    public void Unlike(Video video)
    {
        Console.WriteLine(video.Id);
        _inbox.Add([|new UnlikeNotification(video.OwnerId)|]);
    }
}", Services }, new[] { @"
using System;
using System.Collections.Generic;

public sealed class Engagement
{
    private readonly List<UnlikeNotification> _inbox = new();

    public void Unlike(Video video)
    {
        Console.WriteLine(video.Id);
    }
}", Services });
        }

        [Fact]
        public async Task An_expression_bodied_task_method_returns_a_completed_task()
        {
            await Verify.VerifyCodeFixAsync(new[] { @"
using System.Threading.Tasks;

public sealed class Engagement
{
    private readonly INotificationService _notifications = null!;

    public Task UnfollowAsync(Video video) => [|_notifications.NotifyAsync(video.OwnerId, ""unfollowed"")|];
}", Services }, new[] { @"
using System.Threading.Tasks;

public sealed class Engagement
{
    private readonly INotificationService _notifications = null!;

    public Task UnfollowAsync(Video video) => Task.CompletedTask;
}", Services });
        }

        [Fact]
        public async Task An_expression_bodied_void_method_becomes_an_empty_block()
        {
            await Verify.VerifyCodeFixAsync(new[] { @"
public sealed class Engagement
{
    private readonly INotificationService _notifications = null!;

    public void Block(Video video) => [|_notifications.Notify(video.OwnerId, ""blocked"")|];
}", Services }, new[] { @"
public sealed class Engagement
{
    private readonly INotificationService _notifications = null!;

    public void Block(Video video)
    {
    }
}", Services });
        }

        [Fact]
        public async Task The_only_statement_of_an_if_becomes_an_empty_block()
        {
            await Verify.VerifyCodeFixAsync(new[] { @"
public sealed class Engagement
{
    private readonly INotificationService _notifications = null!;

    public void Unsubscribe(Video video, bool loud)
    {
        if (loud)
            [|_notifications.Notify(video.OwnerId, ""unsubscribed"")|];
    }
}", Services }, new[] { @"
public sealed class Engagement
{
    private readonly INotificationService _notifications = null!;

    public void Unsubscribe(Video video, bool loud)
    {
        if (loud)
        {
        }
    }
}", Services });
        }

        [Fact]
        public async Task Fix_all_removes_every_notification_in_the_document()
        {
            await Verify.VerifyFixAllAsync(new[] { @"
using System.Threading.Tasks;

public sealed class Engagement
{
    private readonly INotificationService _notifications = null!;

    public async Task UnlikeAsync(Video video)
    {
        await [|_notifications.NotifyAsync(video.OwnerId, ""unliked"")|];
        [|_notifications.Notify(video.OwnerId, ""unliked"")|];
    }

    public void Mute(Video video)
    {
        [|_notifications.Notify(video.OwnerId, ""muted"")|];
    }
}", Services }, new[] { @"
using System.Threading.Tasks;

public sealed class Engagement
{
    private readonly INotificationService _notifications = null!;

    public async Task UnlikeAsync(Video video)
    {
    }

    public void Mute(Video video)
    {
    }
}", Services }, FixAllScope.Document);
        }
    }
}
