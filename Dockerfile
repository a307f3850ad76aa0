# Kizuna's runtime image: the released Linux binary on Debian 12, no Swift toolchain and no
# Swift sources. It is built from the release archives in the build context's dist/ folder
# (scripts/release-build.sh makes them, the release workflow attaches them to each release):
#
#   dist/kizuna-linux-x86_64.tar.gz, dist/kizuna-linux-arm64.tar.gz, dist/SHA256SUMS
#
#   docker buildx build --platform linux/amd64,linux/arm64 -t kizuna .   (as .github/workflows/container.yml)
#
# and used on a portal's repository (content/ and, if it has one, themes/):
#
#   docker run --rm --user "$(id -u):$(id -g)" -v "$PWD:/site" IMAGE build
#   docker run --rm --user "$(id -u):$(id -g)" -v "$PWD:/site" IMAGE check --audience members
#
# `--user` makes the files written on the host (site/, .kizuna-cache/) yours; without it they
# belong to the image's own user (uid 10001), which may not be able to write into your folder.
#
# Why Debian slim and not distroless: the binary links the Swift runtime, cmark-gfm and libyaml
# statically but still uses the system's glibc and libstdc++, and it is built and verified
# (debootstrap) on Debian 12; bookworm-slim gives exactly those libraries, plus a shell for the
# CI steps that run in the image and for an editor looking around (`--entrypoint sh`). The
# difference in size is about 50 MB.
#
# The base is the tag, not a digest: debian:bookworm-slim is rebuilt with each Debian point
# release and security update, and a digest would freeze it. To pin it, pass
# --build-arg BASE_IMAGE=debian:bookworm-slim@sha256:<digest> (the digest `docker buildx
# imagetools inspect debian:bookworm-slim` prints).
ARG BASE_IMAGE=debian:bookworm-slim

# --- 1. Check the archive against SHA256SUMS and unpack it (this stage is not shipped) ---------
FROM ${BASE_IMAGE} AS unpack
# Set by buildx for each platform: amd64 or arm64.
ARG TARGETARCH
# The folder of the build context holding the archives and SHA256SUMS.
ARG DIST=dist
COPY ${DIST}/SHA256SUMS ${DIST}/kizuna-linux-*.tar.gz /tmp/dist/
WORKDIR /tmp/dist
RUN set -eu; \
    case "${TARGETARCH:-}" in \
      amd64) arch=x86_64 ;; \
      arm64) arch=arm64 ;; \
      *) echo "no kizuna archive for TARGETARCH '${TARGETARCH:-}' (amd64 or arm64)" >&2; exit 1 ;; \
    esac; \
    archive="kizuna-linux-${arch}.tar.gz"; \
    grep -E "^[0-9a-f]{64}  \*?${archive}\$" SHA256SUMS > expected \
      || { echo "SHA256SUMS lists no ${archive}" >&2; exit 1; }; \
    sha256sum --check --strict expected; \
    mkdir /tmp/unpacked; \
    tar -xzf "${archive}" -C /tmp/unpacked --no-same-owner --no-same-permissions; \
    test -x "/tmp/unpacked/kizuna-linux-${arch}/kizuna"; \
    test -d "/tmp/unpacked/kizuna-linux-${arch}/themes/default"; \
    mv "/tmp/unpacked/kizuna-linux-${arch}" /opt/kizuna; \
    chmod -R u=rwX,go=rX /opt/kizuna

# --- 2. The runtime image -----------------------------------------------------------------------
FROM ${BASE_IMAGE}
ARG BASE_IMAGE
ARG KIZUNA_VERSION=unreleased
# The repository (https://github.com/OWNER/NAME) and commit, for the labels (the workflow gives them).
ARG KIZUNA_SOURCE=
ARG KIZUNA_REVISION=
LABEL org.opencontainers.image.title="kizuna" \
      org.opencontainers.image.description="Kizuna: a static site generator for a company's alumni portal (the released Linux binary)" \
      org.opencontainers.image.version="${KIZUNA_VERSION}" \
      org.opencontainers.image.source="${KIZUNA_SOURCE}" \
      org.opencontainers.image.revision="${KIZUNA_REVISION}" \
      org.opencontainers.image.base.name="${BASE_IMAGE}"

# The executable with the default theme beside it (themes/default is found beside the executable,
# through the link), on PATH.
COPY --from=unpack /opt/kizuna /opt/kizuna
RUN ln -s /opt/kizuna/kizuna /usr/local/bin/kizuna \
    && useradd --system --uid 10001 --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin kizuna \
    && kizuna --version

USER 10001:10001
WORKDIR /site
ENTRYPOINT ["kizuna"]
CMD ["build"]
