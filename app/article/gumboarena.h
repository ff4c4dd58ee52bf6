#pragma once

#include <gumbo.h>

#include <cstddef>
#include <memory>
#include <vector>

namespace gloss {

// A bump allocator for one gumbo parse. Gumbo allocates every node, attribute and text buffer
// separately and frees them one by one; an arena, dropped whole with the tree, halves the cost
// of parsing an article. Destroy the arena only when the GumboOutput is no longer used.
class GumboArena
{
public:
    // Default options that allocate from this arena and record no parse errors (sloppy
    // real-world HTML has many, and nobody reads them).
    GumboOptions options()
    {
        GumboOptions options = kGumboDefaultOptions;
        options.allocator = &GumboArena::allocate;
        options.deallocator = &GumboArena::release;
        options.userdata = this;
        options.max_errors = 0;
        return options;
    }

private:
    static void *allocate(void *self, size_t size)
    {
        return static_cast<GumboArena *>(self)->take(size);
    }
    static void release(void *, void *) { }

    void *take(size_t size)
    {
        size = (size + 15) & ~size_t(15);
        if (size > blockSize / 4) {
            m_large.push_back(std::make_unique<char[]>(size));
            return m_large.back().get();
        }
        if (m_blocks.empty() || m_used + size > blockSize) {
            m_blocks.push_back(std::make_unique<char[]>(blockSize));
            m_used = 0;
        }
        void *p = m_blocks.back().get() + m_used;
        m_used += size;
        return p;
    }

    static constexpr size_t blockSize = 256 * 1024;
    std::vector<std::unique_ptr<char[]>> m_blocks;
    std::vector<std::unique_ptr<char[]>> m_large;
    size_t m_used = 0;
};

} // namespace gloss
