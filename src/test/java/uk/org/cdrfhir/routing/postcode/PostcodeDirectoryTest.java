package uk.org.cdrfhir.routing.postcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.InputStreamResource;

import uk.org.cdrfhir.support.FhirServerTestBase;

/** The postcode directory on this run's database, filled with the bundled sample at start-up. */
class PostcodeDirectoryTest extends FhirServerTestBase {

	private static final String SMALL_FILE = """
			pcd,pcd2,pcds,dointr,doterm,usertype,cty,laua
			"ZZ1 1AA","ZZ1  1AA","ZZ1 1AA","202401","",0,"E99999999","E06000056"
			"ZZ1 1AB","ZZ1  1AB","ZZ1 1AB","202401","202406",0,"E99999999","E06000032"
			"bad","bad","bad","202401","",0,"E99999999","E06000032"
			""";

	@Autowired
	private PostcodeDirectory directory;

	@Autowired
	private PostcodeDirectoryLoader loader;

	@Autowired
	private PostcodeProperties properties;

	@TempDir
	private Path temp;

	/** The context is shared with other test classes: they must find the sample. */
	@AfterEach
	void restoreTheSample() {
		if (directory.lookup("LU4 0DZ").isEmpty()) {
			loader.replaceAll(properties.sample(), progress -> { });
		}
	}

	@Test
	void theSampleIsLoadedAtStart() {
		assertThat(directory.lookup("LU4 0DZ")).contains(new PostcodeArea("LU40DZ", "E06000032", false));
		assertThat(directory.lookup("mk429dj")).contains(new PostcodeArea("MK429DJ", "E06000055", false));
		assertThat(directory.lookup(" lu1  4ab ")).map(PostcodeArea::gssCode).contains("E06000056");
		assertThat(directory.lookup("MK40 3DE")).map(PostcodeArea::terminated).contains(true);
		assertThat(directory.lookup("ZZ99 9ZZ")).isEmpty();
		assertThat(directory.lookup("")).isEmpty();
		assertThat(directory.lookup("far too long for a postcode")).isEmpty();
	}

	@Test
	void aReloadReplacesTheContent() throws IOException {
		Path file = Files.writeString(temp.resolve("nspl.csv"), SMALL_FILE);
		List<PostcodeLoadProgress> progress = new ArrayList<>();

		PostcodeLoadSummary summary = loader.replaceAll(new FileSystemResource(file), progress::add);

		assertThat(summary.rowsLoaded()).isEqualTo(2);
		assertThat(summary.terminated()).isEqualTo(1);
		assertThat(summary.skipped()).isEqualTo(1);
		assertThat(summary.firstSkipped()).extracting(PostcodeLoadSummary.SkippedRow::line).containsExactly(4L);
		assertThat(directory.lookup("ZZ1 1AA")).contains(new PostcodeArea("ZZ11AA", "E06000056", false));
		assertThat(directory.lookup("ZZ1 1AB")).contains(new PostcodeArea("ZZ11AB", "E06000032", true));
		assertThat(directory.lookup("LU4 0DZ")).isEmpty();
	}

	@Test
	void aFileWithNoUsableRowLeavesTheDirectoryUnchanged() throws IOException {
		Path file = Files.writeString(temp.resolve("empty.csv"), "pcds,doterm,laua\n\"bad\",\"\",\"E06000032\"\n");

		assertThatThrownBy(() -> loader.replaceAll(new FileSystemResource(file), progress -> { }))
				.isInstanceOf(PostcodeLoadException.class)
				.hasMessageContaining("no usable rows")
				.hasMessageContaining("line 2");
		assertThat(directory.lookup("LU4 0DZ")).map(PostcodeArea::gssCode).contains("E06000032");
	}

	@Test
	void aFileThatIsNotADirectoryLeavesItUnchanged() throws IOException {
		Path file = Files.writeString(temp.resolve("other.csv"), "name,address\nx,y\n");

		assertThatThrownBy(() -> loader.replaceAll(new FileSystemResource(file), progress -> { }))
				.isInstanceOf(PostcodeLoadException.class)
				.hasMessageContaining("no column pcds");
		assertThat(directory.lookup("LU4 0DZ")).isPresent();
	}

	@Test
	void lookupsDuringAReloadStillSeeTheOldDirectory() throws Exception {
		CountDownLatch halfRead = new CountDownLatch(1);
		CountDownLatch resume = new CountDownLatch(1);
		String[] halves = SMALL_FILE.split("(?<=E06000056\"\n)");
		InputStream pausing = new SequenceInputStream(bytes(halves[0]), new InputStream() {
			private InputStream rest;

			@Override
			public int read() throws IOException {
				if (rest == null) {
					halfRead.countDown();
					await(resume);
					rest = bytes(halves[1]);
				}
				return rest.read();
			}
		});

		CompletableFuture<PostcodeLoadSummary> reload = CompletableFuture.supplyAsync(
				() -> loader.replaceAll(new InputStreamResource(pausing), progress -> { }));
		assertThat(halfRead.await(30, TimeUnit.SECONDS)).isTrue();

		// the old rows are deleted and new ones written, uncommitted: lookups still see the sample
		assertThat(directory.lookup("LU4 0DZ")).map(PostcodeArea::gssCode).contains("E06000032");
		assertThat(directory.lookup("ZZ1 1AA")).isEmpty();

		resume.countDown();
		assertThat(reload.get(30, TimeUnit.SECONDS).rowsLoaded()).isEqualTo(2);
		assertThat(directory.lookup("ZZ1 1AA")).isPresent();
		assertThat(directory.lookup("LU4 0DZ")).isEmpty();
	}

	private static InputStream bytes(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	private static void await(CountDownLatch latch) throws IOException {
		try {
			if (!latch.await(30, TimeUnit.SECONDS)) {
				throw new IOException("the test never resumed the load");
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException(e);
		}
	}
}
