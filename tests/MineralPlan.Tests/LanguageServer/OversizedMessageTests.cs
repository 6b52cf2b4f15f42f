using System.Text;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.LanguageServer;

/// <summary>Tests that measure the whole process's allocations run with no other test beside them.</summary>
[CollectionDefinition("alone", DisableParallelization = true)]
public sealed class AloneCollection;

/// <summary>A Content-Length far past the server's limit is refused at once, without the body being held.</summary>
[Collection("alone")]
public sealed class OversizedMessageTests
{
    private static readonly string Plans = Repo.PathOf("plans");

    [Fact]
    public async Task A_Content_Length_of_two_GiB_is_refused_at_once_and_not_read_into_memory()
    {
        await using var client = RawLsp.Start();
        await client.InitializeAsync(Plans);
        await client.AnswerAsync(1);

        var allocatedBefore = GC.GetTotalAllocatedBytes();
        await client.SendBytesAsync(Encoding.ASCII.GetBytes("Content-Length: 2147483648\r\n\r\n{\"jsonrpc\":"));
        var answer = await client.AnswerAsync(null);
        Assert.Equal(-32600, RawLsp.ErrorCode(answer));
        Assert.Contains("larger than the 256 MiB", answer.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        // The process allocates far less than the 2 GiB announced (run alone, so other tests' allocations do not count).
        Assert.True(GC.GetTotalAllocatedBytes() - allocatedBefore < 256L << 20, "the announced body was not allocated");
    }
}
