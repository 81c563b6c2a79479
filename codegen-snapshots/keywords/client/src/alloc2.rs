//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::alloc`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AllocParams {
    pub alloc2: ::std::option::Option<::std::string::String>,
    pub alloc3: ::std::option::Option<::std::string::String>,
    pub alloc4: ::std::option::Option<::std::string::String>,
}
impl AllocParams {
    /// Sets `alloc2`.
    #[must_use]
    pub fn alloc2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.alloc2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `alloc3`.
    #[must_use]
    pub fn alloc3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.alloc3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `alloc4`.
    #[must_use]
    pub fn alloc4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.alloc4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::alloc`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AllocOkHeaders {
    pub alloc: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::alloc`].
#[derive(Debug, Clone, PartialEq)]
pub enum AllocResponse {
    /// ok
    Ok { body: super::types::Everything, headers: AllocOkHeaders },
}
/// Documented error responses of [`super::Client::alloc`].
#[derive(Debug, Clone, PartialEq)]
pub enum AllocError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::alloc_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum AllocPostError {}
impl super::Client {
    /// */ operation alloc "#
    ///
    /// `GET /op184/{alloc}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn alloc(
        &self,
        alloc: &str,
        params: &AllocParams,
    ) -> ::std::result::Result<AllocResponse, super::Error<AllocError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op184/");
        url.push_str(
            &super::runtime::path_param(
                "alloc",
                &super::runtime::to_value("alloc", &alloc)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.alloc2 {
            let v = super::runtime::to_value("alloc", v)?;
            super::runtime::push_param(&mut query, "alloc", &v, "form", true);
        }
        if let Some(v) = &params.alloc3 {
            let v = super::runtime::to_value("alloc", v)?;
            headers.push(("alloc", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.alloc4 {
            let v = super::runtime::to_value("alloc", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "alloc", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[184usize]], &mut query, &mut headers, &mut cookies);
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::GET, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        let req = self.run_request_hooks("alloc", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "alloc", method = "GET", path =
            "/op184/{alloc}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("alloc", status, &response_headers);
        match status {
            200 => {
                let headers = AllocOkHeaders {
                    alloc: super::runtime::optional_header(
                        &response_headers,
                        "alloc",
                        status,
                    )?,
                };
                Ok(AllocResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        AllocError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(AllocError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            AllocError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op184/{alloc}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn alloc_post(
        &self,
        alloc: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<AllocPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op184/");
        url.push_str(
            &super::runtime::path_param(
                "alloc",
                &super::runtime::to_value("alloc", &alloc)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::POST, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        {
            let b = body;
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("alloc_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "alloc_post", method = "POST", path =
            "/op184/{alloc}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("alloc_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        AllocPostError,
                    >(status, &bytes)?,
                )
            }
            _ => {
                Err(super::Error::UnexpectedStatus {
                    status,
                    body: bytes,
                })
            }
        }
    }
}
