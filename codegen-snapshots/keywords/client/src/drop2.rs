//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::drop2`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Drop2Params {
    pub drop2: ::std::option::Option<::std::string::String>,
    pub drop3: ::std::option::Option<::std::string::String>,
    pub drop4: ::std::option::Option<::std::string::String>,
}
impl Drop2Params {
    /// Sets `drop2`.
    #[must_use]
    pub fn drop2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.drop2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `drop3`.
    #[must_use]
    pub fn drop3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.drop3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `drop4`.
    #[must_use]
    pub fn drop4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.drop4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::drop2`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Drop2OkHeaders {
    pub drop: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::drop2`].
#[derive(Debug, Clone, PartialEq)]
pub enum Drop2Response {
    /// ok
    Ok { body: super::types::Everything, headers: Drop2OkHeaders },
}
/// Documented error responses of [`super::Client::drop2`].
#[derive(Debug, Clone, PartialEq)]
pub enum Drop2Error {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::drop_post2`].
#[derive(Debug, Clone, PartialEq)]
pub enum DropPost2Error {}
impl super::Client {
    /// */ operation drop "#
    ///
    /// `GET /op198/{drop}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn drop2(
        &self,
        drop: &str,
        params: &Drop2Params,
    ) -> ::std::result::Result<Drop2Response, super::Error<Drop2Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op198/");
        url.push_str(
            &super::runtime::path_param(
                "drop",
                &super::runtime::to_value("drop", &drop)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.drop2 {
            let v = super::runtime::to_value("drop", v)?;
            super::runtime::push_param(&mut query, "drop", &v, "form", true);
        }
        if let Some(v) = &params.drop3 {
            let v = super::runtime::to_value("drop", v)?;
            headers.push(("drop", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.drop4 {
            let v = super::runtime::to_value("drop", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "drop", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[198usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("drop2", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "drop", method = "GET", path =
            "/op198/{drop}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("drop2", status, &response_headers);
        match status {
            200 => {
                let headers = Drop2OkHeaders {
                    drop: super::runtime::optional_header(
                        &response_headers,
                        "drop",
                        status,
                    )?,
                };
                Ok(Drop2Response::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        Drop2Error,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(Drop2Error::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            Drop2Error,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op198/{drop}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn drop_post2(
        &self,
        drop: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<DropPost2Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op198/");
        url.push_str(
            &super::runtime::path_param(
                "drop",
                &super::runtime::to_value("drop", &drop)?,
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
            .run_request_hooks("drop_post2", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "drop_post", method = "POST", path =
            "/op198/{drop}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("drop_post2", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        DropPost2Error,
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
